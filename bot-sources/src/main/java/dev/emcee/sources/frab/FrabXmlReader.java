package dev.emcee.sources.frab;

import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.SpeakerId;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.ReadOptions;
import dev.emcee.sources.read.ScheduleAssembly;
import dev.emcee.sources.read.ScheduleLoadException;
import dev.emcee.sources.read.ScheduleReader;
import dev.emcee.sources.read.SessionKinds;
import dev.emcee.sources.read.SourceText;
import dev.emcee.sources.read.TimeTextParsing;
import dev.emcee.sources.text.PlainText;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads frab / pentabarf / pretalx / wafer {@code schedule.xml}.
 *
 * <p>Real exports differ in ways that matter: an event's instant comes from its full {@code <date>} when it has one
 * (days run past midnight, and DebConf writes {@code <date>} in UTC beside a local {@code <start>}); the old
 * pentabarf shape has only the day's date plus {@code <start>}, shifted to the next day when the start is before
 * the day's start or {@code <day_change>}. Only direct children are read, so the {@code <title>} of a link is never
 * taken for the event's.
 */
public final class FrabXmlReader implements ScheduleReader {

    @Override
    public LoadedSchedule read(SourceText source, ReadOptions options) throws ScheduleLoadException {
        XmlElement root = XmlDocuments.parse(source);
        ScheduleAssembly assembly = new ScheduleAssembly(source.name());
        if (!root.name().equals("schedule")) {
            throw ScheduleLoadException.of(source.name(), root.line(), root.name(),
                    "expected a frab/pentabarf <schedule> document, found <" + root.name() + ">");
        }
        XmlElement conference = root.child("conference").orElse(new XmlElement("conference", root.line(),
                java.util.Map.of(), "", List.of()));
        ZoneId zone = FrabZones.resolve(root, conference, options, assembly);
        Optional<LocalTime> dayChange = conference.text("day_change").flatMap(TimeTextParsing::timeOfDay);
        Mismatches mismatches = new Mismatches();
        List<XmlElement> days = root.all("day");
        for (int d = 0; d < days.size(); d++) {
            XmlElement day = days.get(d);
            for (XmlElement room : day.all("room")) {
                room.attribute("name").ifPresent(assembly::room);
                List<XmlElement> events = room.all("event");
                for (int e = 0; e < events.size(); e++) {
                    String field = "day[" + (d + 1) + "].room[" + room.attribute("name").orElse("?") + "].event["
                            + (e + 1) + "]";
                    event(events.get(e), field, day, room, zone, dayChange, assembly, mismatches);
                }
            }
        }
        mismatches.report(assembly, zone);
        String name = conference.text("title").or(() -> conference.text("acronym")).orElse("");
        Optional<String> venue = Stream.of(conference.text("venue"), conference.text("city"))
                .flatMap(Optional::stream).map(PlainText::line).filter(v -> !v.isEmpty())
                .collect(Collectors.collectingAndThen(Collectors.joining(", "),
                        v -> v.isEmpty() ? Optional.<String>empty() : Optional.of(v)));
        return assembly.build(name, zone, venue, conference.text("url").or(() -> conference.text("base_url")),
                List.of());
    }

    private void event(XmlElement event, String field, XmlElement day, XmlElement room, ZoneId zone,
            Optional<LocalTime> dayChange, ScheduleAssembly assembly, Mismatches mismatches) {
        Optional<String> id = event.attribute("id").or(() -> event.attribute("guid")).or(() -> event.text("slug"));
        if (id.isEmpty()) {
            assembly.error(event.line(), field, "the event has no id, guid or slug; it cannot be told apart");
            return;
        }
        String at = field + "(id " + id.get() + ")";
        Optional<Instant> start = start(event, at, day, zone, dayChange, assembly, mismatches);
        Optional<Duration> duration = event.text("duration").flatMap(TimeTextParsing::duration);
        if (duration.isEmpty()) {
            assembly.error(event.child("duration").map(XmlElement::line).orElse(event.line()), at + ".duration",
                    event.text("duration").map(t -> "'" + t + "' is not a duration; frab writes HH:MM")
                            .orElse("missing; every event needs a <duration>"));
        }
        if (start.isEmpty() || duration.isEmpty()) {
            return;
        }
        String title = PlainText.line(event.text("title").orElse(""));
        if (title.isEmpty()) {
            assembly.warning(event.line(), at + ".title", "the event has no title");
        }
        List<SpeakerId> speakers = new ArrayList<>();
        for (XmlElement person : event.child("persons").map(p -> p.all("person")).orElse(List.of())) {
            assembly.speaker(person.attribute("id").or(() -> person.attribute("guid")).orElse(null), person.text(),
                    Optional.empty(), Optional.empty()).ifPresent(speakers::add);
        }
        String roomName = event.text("room").or(() -> room.attribute("name")).orElse("");
        String text = Stream.of(event.text("abstract"), event.text("description")).flatMap(Optional::stream)
                .map(PlainText::of).filter(t -> !t.isEmpty()).distinct().collect(Collectors.joining("\n\n"));
        Session session = new Session(new SessionId(id.get()), title.isEmpty() ? Optional.empty() : Optional.of(title),
                text, start.get(), start.get().plus(duration.get()), assembly.room(roomName), speakers,
                assembly.track(event.text("track").orElse("")), Optional.empty(), List.of(), Optional.empty(),
                event.text("url"), SessionKinds.guess(event.text("type").orElse(""), title, !speakers.isEmpty()));
        assembly.session(session, event.line(), at);
    }

    private Optional<Instant> start(XmlElement event, String at, XmlElement day, ZoneId zone,
            Optional<LocalTime> dayChange, ScheduleAssembly assembly, Mismatches mismatches) {
        Optional<LocalTime> wallClock = event.text("start").flatMap(TimeTextParsing::timeOfDay);
        Optional<String> date = event.text("date");
        if (date.isPresent()) {
            Optional<Instant> instant = TimeTextParsing.instant(date.get(), zone);
            if (instant.isEmpty()) {
                assembly.error(event.child("date").orElseThrow().line(), at + ".date",
                        "'" + date.get() + "' is not a date-time; frab writes 2025-12-27T16:00:00+01:00");
            } else if (wallClock.isPresent() && !instant.get().atZone(zone).toLocalTime().equals(wallClock.get())) {
                mismatches.add(at, event.line());
            }
            return instant;
        }
        if (wallClock.isEmpty()) {
            assembly.error(event.line(), at + ".start", event.text("start")
                    .map(t -> "'" + t + "' is not a time of day; write 16:00")
                    .orElse("missing; the event needs a <date> or a <start>"));
            return Optional.empty();
        }
        Optional<LocalDate> dayDate = day.attribute("date").flatMap(FrabXmlReader::date);
        if (dayDate.isEmpty()) {
            assembly.error(day.line(), "day.date", "the <day> has no valid date attribute, and the event no <date>");
            return Optional.empty();
        }
        LocalTime dayStart = day.attribute("start").flatMap(s -> TimeTextParsing.instant(s, zone))
                .map(i -> i.atZone(zone).toLocalTime()).or(() -> dayChange).orElse(LocalTime.MIDNIGHT);
        LocalDate onDate = wallClock.get().isBefore(dayStart) ? dayDate.get().plusDays(1) : dayDate.get();
        return Optional.of(onDate.atTime(wallClock.get()).atZone(zone).toInstant());
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Events whose {@code <start>} disagrees with their {@code <date>} in the zone: told once, not per event. */
    private static final class Mismatches {
        private final List<String> where = new ArrayList<>();
        private int firstLine;

        void add(String field, int line) {
            if (where.isEmpty()) {
                firstLine = line;
            }
            where.add(field);
        }

        void report(ScheduleAssembly assembly, ZoneId zone) {
            if (!where.isEmpty()) {
                assembly.warning(firstLine, where.get(0), where.size() + " event(s) have a <start> that disagrees with "
                        + "their <date> in " + zone + "; the full <date> was used");
            }
        }
    }
}
