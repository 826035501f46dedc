package dev.emcee.sources.listing;

import dev.emcee.core.schedule.Rating;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.SpeakerId;
import dev.emcee.core.schedule.TrackId;
import dev.emcee.sources.read.ScheduleAssembly;
import dev.emcee.sources.read.SessionKinds;
import dev.emcee.sources.text.PlainText;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/** One session of a listing: from its time line to the next session's title or time line. */
final class ListingSession {
    private ListingSession() {
    }

    static void read(List<String> lines, int timeLine, int end, Optional<String> title, Optional<TrackId> track,
            ZoneId zone, ScheduleAssembly assembly) {
        int lineNumber = timeLine + 1;
        String field = "session at line " + lineNumber;
        Matcher time = ListingLines.TIME.matcher(lines.get(timeLine));
        if (!time.matches()) {
            return;
        }
        LocalDate date;
        LocalTime from;
        LocalTime to;
        try {
            String[] monthDayYear = time.group(4).replace(",", " ").trim().split("\\s+");
            date = LocalDate.of(Integer.parseInt(monthDayYear[2]), ListingHeader.month(monthDayYear[0]),
                    Integer.parseInt(monthDayYear[1]));
            from = clock(time.group(1));
            to = clock(time.group(2));
        } catch (DateTimeException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            assembly.error(lineNumber, field, "'" + lines.get(timeLine) + "' is not a valid date and time");
            return;
        }
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
        if (!weekday.equalsIgnoreCase(time.group(3))) {
            assembly.warning(lineNumber, field, date + " is a " + weekday + ", not a " + time.group(3)
                    + "; the date was used");
        }
        if (to.isBefore(from)) {
            assembly.error(lineNumber, field, "ends (" + time.group(2) + ") before it starts (" + time.group(1) + ")");
            return;
        }
        Body body = Body.read(lines, timeLine + 1, end, field, assembly);
        List<SpeakerId> speakers = new ArrayList<>();
        for (ListingReader.Person person : body.speakers) {
            assembly.speaker(null, person.name(), Optional.of(person.affiliation()), Optional.empty())
                    .ifPresent(speakers::add);
        }
        if (body.speakers.isEmpty()) {
            for (String presenter : presentersNamedIn(body.abstractText())) {
                assembly.speaker(null, presenter, Optional.empty(), Optional.empty()).ifPresent(speakers::add);
            }
        }
        if (body.room.isEmpty()) {
            assembly.warning(lineNumber, field + ".location", "no 'Location:' line; the room is unknown");
        }
        Instant start = date.atTime(from).atZone(zone).toInstant();
        String room = body.room.orElse("");
        String id = date + "-" + String.format(Locale.ROOT, "%02d%02d", from.getHour(), from.getMinute()) + "-"
                + ScheduleAssembly.slug(room.isEmpty() ? "room" : room, "room");
        assembly.session(new Session(new SessionId(id), title.map(PlainText::line), PlainText.of(body.abstractText()),
                start, date.atTime(to).atZone(zone).toInstant(), assembly.room(room), speakers, track, body.level,
                body.topics, body.rating, Optional.empty(),
                SessionKinds.guess("", title.orElse(""), !speakers.isEmpty())), lineNumber, field);
    }

    /**
     * The presenters of a session that has no speaker line, as its abstract names them ("Christian Grabowski shares
     * his experience"): the first such sentence only, and none when no sentence names one.
     */
    static List<String> presentersNamedIn(String abstractText) {
        Matcher m = ListingLines.PRESENTERS.matcher(abstractText);
        while (m.find()) {
            if (startsAPhrase(abstractText.substring(0, m.start()).stripTrailing())) {
                return Arrays.stream(m.group(1).split(",?\\s+and\\s+|,\\s*")).map(String::strip)
                        .filter(name -> !name.isEmpty()).toList();
            }
        }
        return List.of();
    }

    /** Whether a name may start after this text: at the start, after punctuation, or after a lower-case word. */
    private static boolean startsAPhrase(String before) {
        if (before.isEmpty()) {
            return true;
        }
        char last = before.charAt(before.length() - 1);
        if (!Character.isLetter(last)) {
            return true;
        }
        int wordStart = before.length() - 1;
        while (wordStart > 0 && !Character.isWhitespace(before.charAt(wordStart - 1))) {
            wordStart--;
        }
        return Character.isLowerCase(before.charAt(wordStart));
    }

    /** "11:25am", "1pm", "12:05 p.m.". */
    static LocalTime clock(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace(".", "").replace(" ", "");
        boolean pm = t.endsWith("pm");
        String[] parts = t.substring(0, t.length() - 2).split(":");
        int hour = Integer.parseInt(parts[0]);
        int minute = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        if (hour < 1 || hour > 12) {
            throw new IllegalArgumentException("hour " + hour);
        }
        return LocalTime.of(hour % 12 + (pm ? 12 : 0), minute);
    }

    /** The lines under a time line, sorted into fields. */
    private static final class Body {
        Optional<String> room = Optional.empty();
        Optional<String> level = Optional.empty();
        final List<String> topics = new ArrayList<>();
        final List<ListingReader.Person> speakers = new ArrayList<>();
        Optional<Rating> rating = Optional.empty();
        final List<String> abstractLines = new ArrayList<>();
        boolean abstractEnded;

        static Body read(List<String> lines, int from, int end, String field, ScheduleAssembly assembly) {
            Body body = new Body();
            boolean expectScore = false;
            for (int i = from; i < end; i++) {
                String line = lines.get(i);
                Matcher m;
                if (line.isEmpty()) {
                    if (!body.abstractLines.isEmpty() && !body.abstractEnded) {
                        body.abstractLines.add("");
                    }
                } else if ((m = ListingLines.LOCATION.matcher(line)).matches()) {
                    body.room = Optional.of(m.group(1).strip()).filter(r -> !r.isEmpty());
                    body.level = Optional.ofNullable(m.group(2)).map(String::strip).or(() -> body.level);
                } else if ((m = ListingLines.LEVEL.matcher(line)).matches()) {
                    body.level = Optional.of(m.group(1).strip());
                } else if ((m = ListingLines.TOPICS.matcher(line)).matches()) {
                    // One topic per line: O'Reilly topic names contain commas themselves.
                    Optional.of(m.group(1).strip()).filter(t -> !t.isEmpty()).ifPresent(body.topics::add);
                } else if ((m = ListingLines.RATING.matcher(line)).matches()) {
                    expectScore = !body.score(m.group(1), i + 1, field, assembly, false);
                } else if (expectScore && ListingLines.SCORE.matcher(line).matches()) {
                    body.score(line, i + 1, field, assembly, true);
                    expectScore = false;
                } else if (body.speakers.isEmpty() && body.abstractLines.isEmpty()
                        && !ListingReader.people(line).isEmpty()) {
                    body.speakers.addAll(ListingReader.people(line));
                } else if (ListingLines.FURNITURE.matcher(line).matches()) {
                    body.abstractEnded |= !body.abstractLines.isEmpty();
                } else if (!body.abstractEnded) {
                    Matcher more = ListingLines.READ_MORE.matcher(line);
                    body.abstractLines.add(more.replaceFirst(""));
                    body.abstractEnded = more.find(0);
                } else {
                    assembly.warning(i + 1, field, "text after the abstract's 'Read more.'; ignored");
                }
            }
            return body;
        }

        private boolean score(String text, int line, String field, ScheduleAssembly assembly, boolean required) {
            Matcher score = ListingLines.SCORE.matcher(text.strip());
            if (score.matches()) {
                double average = Double.parseDouble(score.group(1));
                if (average > 5) {
                    assembly.warning(line, field + ".rating", "an average above 5 (" + average + "); ignored");
                } else {
                    rating = Optional.of(new Rating(average, Integer.parseInt(score.group(2))));
                }
                return true;
            }
            if (required) {
                assembly.warning(line, field + ".rating", "not a score like '(4.33, 6 ratings)'; ignored");
            }
            return false;
        }

        String abstractText() {
            return String.join("\n", abstractLines).strip();
        }
    }
}
