package dev.emcee.core.organize;

import dev.emcee.core.schedule.RoomId;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** A command only organizers may give, as {@link OrganizerCommands} understood it. */
public sealed interface OrganizerCommand {
    /** What the command does, in words for replies and logs: "move sessions", "make announcements". */
    String action();

    /**
     * "announce: lunch is served in the atrium", or "announce in LL21 A/B and LL20 D: ...".
     *
     * @param text the announcement as typed
     * @param rooms the rooms named, whose channels get it; none: the digest channels
     */
    record Announce(String text, List<RoomId> rooms) implements OrganizerCommand {
        public Announce {
            Objects.requireNonNull(text, "text");
            rooms = List.copyOf(rooms);
        }

        /** An announcement to the digest channels. */
        public Announce(String text) {
            this(text, List.of());
        }

        @Override
        public String action() {
            return "make announcements";
        }
    }

    /** "move Kyle Kingsbury's talk to 4:00pm", "delay the Netflix talk by 10 minutes", "cancel ...". */
    record Change(SessionChange change) implements OrganizerCommand {
        public Change {
            Objects.requireNonNull(change, "change");
        }

        @Override
        public String action() {
            return switch (change.kind()) {
                case MOVE -> "move sessions";
                case DELAY -> "delay sessions";
                case CANCEL -> "cancel sessions";
            };
        }
    }

    /**
     * A command that was recognized but cannot be carried out as typed (no such session, no time given).
     *
     * @param problem what is wrong, for people
     * @param hints what to try instead, one per line
     */
    record Unclear(String action, String problem, List<String> hints) implements OrganizerCommand {
        public Unclear {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(problem, "problem");
            hints = List.copyOf(hints);
        }
    }

    /** "undo" (the latest change still in force) or "undo 3" (entry 3 of the overlay). */
    record Undo(OptionalLong entry) implements OrganizerCommand {
        public Undo {
            Objects.requireNonNull(entry, "entry");
        }

        @Override
        public String action() {
            return "undo changes";
        }
    }

    /**
     * "confirm": carry out the preview the person was just shown; a Confirm button sends "confirm TOKEN", which
     * carries the change itself ({@link ChangeTokens}) or names the waiting announcement, so that any instance can
     * carry it out.
     *
     * @param carried the token a button carried; empty for a typed "confirm"
     */
    record Confirm(java.util.Optional<String> carried) implements OrganizerCommand {
        public Confirm {
            Objects.requireNonNull(carried, "carried");
        }

        /** A typed "confirm". */
        public Confirm() {
            this(java.util.Optional.empty());
        }

        @Override
        public String action() {
            return "confirm changes";
        }
    }

    /** "overrides": the organizers' changes in force and undone. */
    record ListOverrides() implements OrganizerCommand {
        @Override
        public String action() {
            return "list the organizers' changes";
        }
    }
}
