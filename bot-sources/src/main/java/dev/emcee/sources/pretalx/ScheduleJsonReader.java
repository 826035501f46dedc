package dev.emcee.sources.pretalx;

import static dev.emcee.sources.read.JsonDocuments.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.SpeakerId;
import dev.emcee.sources.read.JsonDocuments;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.ReadOptions;
import dev.emcee.sources.read.ScheduleAssembly;
import dev.emcee.sources.read.ScheduleLoadException;
import dev.emcee.sources.read.ScheduleReader;
import dev.emcee.sources.read.SessionKinds;
import dev.emcee.sources.read.SourceText;
import dev.emcee.sources.read.TimeTextParsing;
import dev.emcee.sources.read.ZoneChoice;
import dev.emcee.sources.text.PlainText;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the c3voc {@code schedule.json} (version 1), as frab and pretalx export it.
 *
 * <p>{@code conference → days[] → rooms{name: [events]}}. Each event's instant comes from its full {@code date};
 * pretalx leaves out {@code time_zone_name}, so the zone then comes from {@code --zone} or the dates' offset.
 */
public final class ScheduleJsonReader implements ScheduleReader {

    @Override
    public LoadedSchedule read(SourceText source, ReadOptions options) throws ScheduleLoadException {
        JsonDocuments document = JsonDocuments.parse(source);
        JsonNode conference = document.root().path("schedule").path("conference");
        if (!conference.isObject()) {
            throw ScheduleLoadException.of(source.name(), 1, "schedule.conference",
                    "expected a schedule.json with schedule.conference; this JSON has no such object");
        }
        ScheduleAssembly assembly = new ScheduleAssembly(source.name());
        String conferencePointer = "/schedule/conference";
        ZoneId zone = ZoneChoice.resolve(text(conference, "time_zone_name"), document.line(conferencePointer),
                "schedule.conference.time_zone_name", firstOffset(conference), options, assembly,
                text(conference, "title").map(t -> Map.of("its title", t)).orElse(Map.of()));
        JsonNode days = conference.path("days");
        if (!days.isArray()) {
            assembly.error(document.line(conferencePointer), "schedule.conference.days", "missing; expected a list");
        }
        for (int d = 0; d < days.size(); d++) {
            JsonNode rooms = days.get(d).path("rooms");
            Iterator<Map.Entry<String, JsonNode>> entries = rooms.properties().iterator();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> room = entries.next();
                assembly.room(room.getKey());
                for (int e = 0; e < room.getValue().size(); e++) {
                    String pointer = conferencePointer + "/days/" + d + "/rooms/" + escape(room.getKey()) + "/" + e;
                    String field = "days[" + d + "].rooms[" + room.getKey() + "][" + e + "]";
                    event(room.getValue().get(e), room.getKey(), document.line(pointer), field, zone, assembly);
                }
            }
        }
        return assembly.build(text(conference, "title").or(() -> text(conference, "acronym")).orElse(""), zone,
                Optional.empty(), text(document.root().path("schedule"), "base_url"), List.of());
    }

    private void event(JsonNode event, String roomName, int line, String field, ZoneId zone,
            ScheduleAssembly assembly) {
        Optional<String> id = text(event, "id").or(() -> text(event, "guid"));
        if (id.isEmpty()) {
            assembly.error(line, field + ".id", "missing; every event needs an id or guid");
            return;
        }
        String at = field + "(id " + id.get() + ")";
        Optional<Instant> start = text(event, "date").flatMap(t -> TimeTextParsing.instant(t, zone));
        if (start.isEmpty()) {
            assembly.error(line, at + ".date", text(event, "date").map(t -> "'" + t + "' is not a date-time")
                    .orElse("missing; every event needs a date such as 2019-08-21T11:00:00+02:00"));
        }
        Optional<Duration> duration = text(event, "duration").flatMap(TimeTextParsing::duration);
        if (duration.isEmpty()) {
            assembly.error(line, at + ".duration", text(event, "duration").map(t -> "'" + t + "' is not HH:MM")
                    .orElse("missing; every event needs a duration such as 00:30"));
        }
        if (start.isEmpty() || duration.isEmpty()) {
            return;
        }
        String title = PlainText.line(text(event, "title").orElse(""));
        if (title.isEmpty()) {
            assembly.warning(line, at + ".title", "the event has no title");
        }
        List<SpeakerId> speakers = new ArrayList<>();
        for (JsonNode person : event.path("persons")) {
            String name = text(person, "public_name").or(() -> text(person, "name"))
                    .or(() -> text(person, "full_public_name")).orElse("");
            Optional<String> personId = text(person, "code").or(() -> text(person, "id"))
                    .or(() -> text(person, "guid"));
            assembly.speaker(personId.orElse(null), name, Optional.empty(), text(person, "biography"))
                    .ifPresent(speakers::add);
        }
        String abstractText = Stream.of(text(event, "abstract"), text(event, "description")).flatMap(Optional::stream)
                .map(PlainText::of).filter(t -> !t.isEmpty()).distinct().collect(Collectors.joining("\n\n"));
        assembly.session(new Session(new SessionId(id.get()), title.isEmpty() ? Optional.empty() : Optional.of(title),
                abstractText, start.get(), start.get().plus(duration.get()),
                assembly.room(text(event, "room").orElse(roomName)), speakers,
                assembly.track(text(event, "track").orElse("")), Optional.empty(), List.of(), Optional.empty(),
                text(event, "url"), SessionKinds.guess(text(event, "type").orElse(""), title, !speakers.isEmpty())),
                line, at);
    }

    private static Optional<ZoneOffset> firstOffset(JsonNode conference) {
        for (JsonNode day : conference.path("days")) {
            Optional<ZoneOffset> offset = text(day, "day_start").flatMap(TimeTextParsing::offset);
            if (offset.isPresent()) {
                return offset;
            }
            for (JsonNode events : day.path("rooms")) {
                for (JsonNode event : events) {
                    offset = text(event, "date").flatMap(TimeTextParsing::offset);
                    if (offset.isPresent()) {
                        return offset;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** JSON Pointer escaping of a room name used as a key. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

}
