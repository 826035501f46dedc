package dev.emcee.core.answer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The asker's bookmarked sessions in time order, each with the other bookmarks it overlaps.
 *
 * @param lead how long before each session the asker is reminded
 */
public record PersonalAgenda(List<Entry> entries, Duration lead, Instant asOf) implements PersonalAnswer {
    /**
     * One bookmarked session.
     *
     * @param conflicts the labels of the other bookmarked sessions that overlap this one
     */
    public record Entry(SessionCard session, List<String> conflicts) {
        public Entry {
            Objects.requireNonNull(session, "session");
            conflicts = List.copyOf(conflicts);
        }

        /** What every platform says of the overlaps (after its own warning sign): "Overlaps Talk a; Talk b". */
        public String overlapText() {
            return "Overlaps " + String.join("; ", conflicts);
        }
    }

    public PersonalAgenda {
        entries = List.copyOf(entries);
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** What to say when there are no bookmarks. */
    public static final String EMPTY = "Your agenda is empty. Add a session with \"bookmark\" and its title or "
            + "speaker, for example \"remind me about Kyle Kingsbury's talk\".";

    /** "Your agenda (2 sessions, reminders 10 minutes before)". */
    public String heading() {
        return "Your agenda (" + entries.size() + (entries.size() == 1 ? " session" : " sessions") + ", reminders "
                + BookmarkChange.leadText(lead).replace("when it starts", "when each starts") + ")";
    }

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.personalAgenda(this);
    }
}
