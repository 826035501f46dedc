package dev.emcee.core.organize;

import dev.emcee.core.question.QuestionText;
import dev.emcee.core.question.SessionReferences;
import dev.emcee.core.question.Words;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes organizers' commands before any question: "announce: ...", "move X to 4:00pm [in ROOM]",
 * "move X to ROOM", "delay X by 10 minutes", "cancel X", "undo [N]", "confirm", "overrides".
 *
 * <p>Only these exact shapes are taken, so that attendees' questions keep their meaning. Built once per schedule;
 * pure: it says what the command would do, {@link OrganizerDesk} decides whether it is done.
 */
public final class OrganizerCommands {
    private static final Pattern ANNOUNCE = Pattern.compile(
            "^\\s*(?:announce|broadcast)(?:\\s+in\\s+(?<rooms>[^:\\n]+?))?\\s*:\\s*(?<text>\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Between the rooms of "announce in LL21 A/B, LL20 D and Room 3: ...". */
    private static final Pattern ROOM_LIST = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONFIRM_TOKEN = Pattern.compile("^\\s*confirm\\s+(?<token>[cb]\\d+\\|\\S+)\\s*$");
    private static final Pattern MOVE = Pattern.compile("^(?:move|reschedule|shift) (?<what>.+) to (?<target>.+)$");
    private static final Pattern DELAY = Pattern.compile("^(?:delay|postpone|push back|push) (?<what>.+?)"
            + " (?:by |for )?(?<amount>\\d{1,3}) ?(?<unit>minutes?|mins?|m|hours?|hrs?|h)(?: back| later)?$");
    private static final Pattern CANCEL = Pattern.compile("^(?:cancel|call off) (?<what>.+)$");
    private static final Pattern UNDO = Pattern.compile("^undo(?: (?:entry |change |number |no |#)?(?<n>\\d{1,9}))?$");
    private static final Pattern CONFIRM = Pattern.compile("^(?:confirm|confirmed|yes confirm|go ahead|do it)$");
    private static final Pattern LIST = Pattern.compile("^(?:(?:list|show)(?: the)? )?(?:overrides|live changes)$");
    /** Words that make "cancel ..." an attendee's own business (their reminder, their agenda), not a session's. */
    private static final Pattern PERSONAL = Pattern.compile("\\b(?:my|me|mine|reminders?|bookmarks?|agenda)\\b");
    private static final Pattern TIME = Pattern.compile(
            "(?:^|\\s)(?:at )?(?<h>\\d{1,2})(?::(?<m>\\d{2}))?\\s*(?<half>am|pm|a\\.m\\.|p\\.m\\.)?(?=\\s|$)");

    /** Every command contains one of these, so text without them (most questions) is not read further. */
    private static final String[] COMMAND_WORDS = {"announce", "broadcast", "move", "reschedule", "shift", "delay",
        "postpone", "push", "cancel", "call off", "undo", "confirm", "go ahead", "do it", "overrides",
        "live changes"};

    private final Schedule schedule;
    private final SessionReferences sessions;

    public OrganizerCommands(Schedule schedule) {
        this.schedule = schedule;
        this.sessions = new SessionReferences(schedule);
    }

    /** The organizer's command in {@code typed} (as typed), or empty when it is not one. */
    public Optional<OrganizerCommand> recognize(String typed) {
        if (!mayBeCommand(typed)) {
            return Optional.empty();
        }
        Matcher announce = ANNOUNCE.matcher(typed == null ? "" : typed);
        if (announce.matches()) {
            return Optional.of(announce(announce.group("rooms"), announce.group("text").strip()));
        }
        Matcher button = CONFIRM_TOKEN.matcher(typed == null ? "" : typed);
        if (button.matches()) {
            return Optional.of(new OrganizerCommand.Confirm(Optional.of(button.group("token"))));
        }
        String q = QuestionText.normalize(typed);
        if (CONFIRM.matcher(q).matches()) {
            return Optional.of(new OrganizerCommand.Confirm());
        }
        if (LIST.matcher(q).matches()) {
            return Optional.of(new OrganizerCommand.ListOverrides());
        }
        Matcher undo = UNDO.matcher(q);
        if (undo.matches()) {
            return Optional.of(new OrganizerCommand.Undo(undo.group("n") == null ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(undo.group("n")))));
        }
        if (PERSONAL.matcher(q).find()) {
            return Optional.empty(); // "cancel my reminder for ...": a question about the asker's agenda
        }
        Matcher delay = DELAY.matcher(q);
        if (delay.matches()) {
            return Optional.of(delay(delay));
        }
        Matcher move = MOVE.matcher(q);
        if (move.matches()) {
            return Optional.of(move(move.group("what"), move.group("target")));
        }
        Matcher cancel = CANCEL.matcher(q);
        if (cancel.matches()) {
            return Optional.of(session(cancel.group("what")).map(s -> change(
                    SessionChange.Kind.CANCEL, s, s.start(), s.end(), s)).orElseGet(() -> unclear(cancel.group("what"),
                    "cancel sessions")));
        }
        return Optional.empty();
    }

    private static boolean mayBeCommand(String typed) {
        if (typed == null || typed.isBlank()) {
            return false;
        }
        String lower = typed.toLowerCase(java.util.Locale.ROOT);
        for (String word : COMMAND_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The announcement to the rooms named (the whole phrase as one room's name first, else split at commas, "and"). */
    private OrganizerCommand announce(String roomPhrase, String text) {
        if (roomPhrase == null) {
            return new OrganizerCommand.Announce(text);
        }
        Optional<Room> one = room(roomPhrase.strip().replaceFirst("(?i)^the\\s+", ""));
        List<String> names = one.isPresent() ? List.of(roomPhrase.strip())
                : ROOM_LIST.splitAsStream(roomPhrase.strip()).filter(n -> !n.isBlank()).toList();
        List<RoomId> rooms = new java.util.ArrayList<>();
        for (String name : names) {
            Optional<Room> room = room(name.replaceFirst("(?i)^the\\s+", ""));
            if (room.isEmpty()) {
                return new OrganizerCommand.Unclear("make announcements", "There is no room \"" + name + "\".",
                        List.of("Rooms: " + String.join(", ", schedule.rooms().stream().map(Room::name).toList())));
            }
            if (!rooms.contains(room.get().id())) {
                rooms.add(room.get().id());
            }
        }
        return new OrganizerCommand.Announce(text, rooms);
    }

    private OrganizerCommand delay(Matcher m) {
        Optional<Session> found = session(m.group("what"));
        if (found.isEmpty()) {
            return unclear(m.group("what"), "delay sessions");
        }
        Session s = found.get();
        int amount = Integer.parseInt(m.group("amount"));
        Duration by = m.group("unit").startsWith("h") ? Duration.ofHours(amount) : Duration.ofMinutes(amount);
        return change(SessionChange.Kind.DELAY, s, s.start().plus(by), s.end().plus(by), s);
    }

    private OrganizerCommand move(String what, String target) {
        Optional<Session> found = session(what);
        if (found.isEmpty()) {
            return unclear(what, "move sessions");
        }
        Session s = found.get();
        Matcher time = TIME.matcher(target);
        Optional<LocalTime> at = Optional.empty();
        String roomPhrase = target;
        while (time.find()) {
            Optional<LocalTime> parsed = localTime(time);
            if (parsed.isPresent()) {
                at = parsed;
                roomPhrase = (target.substring(0, time.start()) + " " + target.substring(time.end())).strip();
                break;
            }
        }
        roomPhrase = roomPhrase.replaceAll("^(?:in|to|into|at)\\s+|\\s+(?:in|at)$", "").replaceAll("^the\\s+", "")
                .strip();
        Optional<Room> room = roomPhrase.isEmpty() ? Optional.empty() : room(roomPhrase);
        if (!roomPhrase.isEmpty() && room.isEmpty()) {
            return new OrganizerCommand.Unclear("move sessions", "There is no room \"" + roomPhrase
                    + "\" on the schedule, and no time I can read in \"" + target + "\".", List.of(
                    "Rooms: " + String.join(", ", schedule.rooms().stream().map(Room::name).toList()),
                    "For example: move " + what + " to 4:00pm, or move " + what + " to "
                            + schedule.rooms().get(0).name()));
        }
        if (at.isEmpty() && room.isEmpty()) {
            return new OrganizerCommand.Unclear("move sessions", "I could not read a time or a room in \"" + target
                    + "\".", List.of("For example: move " + what + " to 4:00pm"));
        }
        Instant start = at.map(t -> s.start().atZone(schedule.zone()).toLocalDate().atTime(t)
                .atZone(schedule.zone()).toInstant()).orElse(s.start());
        Session moved = s.movedTo(start, start.plus(s.duration()), room.map(Room::id).orElse(s.room()));
        return change(SessionChange.Kind.MOVE, s, moved.start(), moved.end(), moved);
    }

    private static OrganizerCommand change(SessionChange.Kind kind, Session session, Instant start, Instant end,
            Session where) {
        return new OrganizerCommand.Change(new SessionChange(session.id(), kind, start, end, where.room()));
    }

    private Optional<Session> session(String phrase) {
        return sessions.find(phrase).session().flatMap(schedule::session);
    }

    private OrganizerCommand unclear(String phrase, String action) {
        SessionReferences.Found found = sessions.find(phrase);
        if (!found.candidates().isEmpty()) {
            return new OrganizerCommand.Unclear(action, "\"" + phrase + "\" matches several sessions; which one?",
                    found.candidates());
        }
        List<String> hints = found.closeNames().isEmpty() ? List.of()
                : List.of("Did you mean " + String.join(" or ", found.closeNames()) + "?");
        return new OrganizerCommand.Unclear(action, "I found no session matching \"" + phrase + "\".", hints);
    }

    private Optional<Room> room(String phrase) {
        String key = Words.key(phrase);
        return schedule.rooms().stream()
                .filter(r -> Words.key(r.name()).equals(key) || Words.key(r.id().value()).equals(key))
                .findFirst();
    }

    /** "4:00pm", "4pm", "16:00"; hours 1 to 7 without am/pm are afternoon; a bare number is no time. */
    private static Optional<LocalTime> localTime(Matcher m) {
        int hour = Integer.parseInt(m.group("h"));
        int minute = m.group("m") == null ? 0 : Integer.parseInt(m.group("m"));
        String half = m.group("half");
        if (m.group("m") == null && half == null || hour > 23 || minute > 59 || half != null && hour > 12) {
            return Optional.empty();
        }
        if (half != null && half.startsWith("p") && hour < 12 || half == null && hour >= 1 && hour <= 7) {
            hour += 12;
        } else if (half != null && half.startsWith("a") && hour == 12) {
            hour = 0;
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
