package dev.emcee.core.answer;

import java.time.Duration;
import java.util.Objects;

/** The asker chose how long before each bookmarked session to be reminded. @param bookmarks how many they have */
public record ReminderLeadSet(Duration lead, int bookmarks) implements PersonalAnswer {
    public ReminderLeadSet {
        Objects.requireNonNull(lead, "lead");
    }

    /** "I'll remind you 15 minutes before each session on your agenda (2 sessions)." */
    public String text() {
        String when = lead.isZero() ? "when each session on your agenda starts"
                : TimeTexts.duration(lead) + " before each session on your agenda";
        String count = bookmarks == 0 ? " It is empty for now: add a session with \"bookmark\" and its title or "
                + "speaker." : " (" + bookmarks + (bookmarks == 1 ? " session)." : " sessions).");
        return "I'll remind you " + when + "." + count;
    }

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.reminderLeadSet(this);
    }
}
