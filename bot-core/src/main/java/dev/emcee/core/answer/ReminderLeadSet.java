package dev.emcee.core.answer;

import java.time.Duration;
import java.util.Objects;

/** The asker chose how long before each bookmarked session to be reminded. @param bookmarks how many they have */
public record ReminderLeadSet(Duration lead, int bookmarks) implements PersonalAnswer {
    public ReminderLeadSet {
        Objects.requireNonNull(lead, "lead");
    }

    /** "I'll remind you 15 minutes before each of the 2 sessions on your agenda." */
    public String text() {
        String sessions = switch (bookmarks) {
            case 0 -> "each session on your agenda";
            case 1 -> "the session on your agenda";
            default -> "each of the " + bookmarks + " sessions on your agenda";
        };
        String when = lead.isZero() ? "when " + sessions + " starts" : TimeTexts.duration(lead) + " before " + sessions;
        String empty = bookmarks == 0 ? " It is empty for now: add a session with \"bookmark\" and its title or "
                + "speaker." : "";
        return "I'll remind you " + when + "." + empty;
    }

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.reminderLeadSet(this);
    }
}
