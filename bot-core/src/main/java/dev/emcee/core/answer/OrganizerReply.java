package dev.emcee.core.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Emcee's reply to an organizer's command (or to someone who is not an organizer): a refusal, a preview waiting
 * for confirmation, what was done, or the overlay's listing.
 *
 * @param headline one sentence: "Move this session?", "Moved.", "Only the organizers can move sessions."
 * @param lines the details, one per line (the change from and to, the entries), words only
 * @param confirmation for a preview, what a Confirm button carries back (see {@code OrganizerDesk}); empty otherwise
 */
public record OrganizerReply(Kind kind, String headline, List<String> lines, Optional<String> confirmation)
        implements Answer {
    /** What "confirm" is, in words every platform shows beside (or instead of) a button. */
    public static final String CONFIRM_HINT = "Say \"confirm\" to do it, or ignore this to leave everything as is.";

    /** What kind of reply it is. */
    public enum Kind {
        REFUSED, PREVIEW, DONE, PROBLEM, LISTING
    }

    public OrganizerReply {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(headline, "headline");
        lines = List.copyOf(lines);
        Objects.requireNonNull(confirmation, "confirmation");
    }

    /** A reply with no confirmation. */
    public static OrganizerReply of(Kind kind, String headline, List<String> lines) {
        return new OrganizerReply(kind, headline, lines, Optional.empty());
    }

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.organizerReply(this);
    }
}
