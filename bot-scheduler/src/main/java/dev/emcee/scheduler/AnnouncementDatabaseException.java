package dev.emcee.scheduler;

/** The announcement database cannot be opened or used; the message says what to do, for an operator. */
public final class AnnouncementDatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AnnouncementDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
