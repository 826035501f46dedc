package dev.emcee.slack;

/** A post that Slack did not accept after all retries; the message says why, for people. */
public final class SlackPostException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SlackPostException(String message) {
        super(message);
    }
}
