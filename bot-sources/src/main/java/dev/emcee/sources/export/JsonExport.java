package dev.emcee.sources.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.emcee.core.schedule.Conference;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.core.schedule.SpeakerId;
import dev.emcee.core.schedule.Track;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a schedule as Emcee's JSON: the same fields as Emcee's YAML format (JSON is YAML, so the file loads back
 * as a schedule), with times as ISO date-times carrying the conference's offset.
 */
public final class JsonExport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonExport() {
    }

    public static String write(Schedule schedule) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("conference", conference(schedule.conference()));
        root.put("rooms", schedule.rooms().stream().map(JsonExport::room).toList());
        root.put("tracks", schedule.tracks().stream().map(JsonExport::track).toList());
        root.put("speakers", schedule.speakers().stream().map(JsonExport::speaker).toList());
        root.put("sessions", schedule.sessions().stream().map(s -> session(s, schedule)).toList());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }

    private static Map<String, Object> conference(Conference c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", c.name());
        put(out, "tagline", c.tagline());
        put(out, "venue", c.venue());
        out.put("zone", c.zone().getId());
        put(out, "url", c.url());
        out.put("dates", c.dates().stream().map(d -> Map.of("label", d.label(), "from", d.from().toString(),
                "to", d.to().toString())).toList());
        return out;
    }

    private static Map<String, Object> room(Room r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id().value());
        out.put("name", r.name());
        return out;
    }

    private static Map<String, Object> track(Track t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", t.id().value());
        out.put("name", t.name());
        put(out, "description", t.description());
        out.put("hosts", ids(t.hosts()));
        return out;
    }

    private static Map<String, Object> speaker(Speaker s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id().value());
        out.put("name", s.name());
        put(out, "affiliation", s.affiliation());
        put(out, "bio", s.bio());
        return out;
    }

    private static Map<String, Object> session(Session s, Schedule schedule) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id().value());
        put(out, "title", s.title());
        if (!s.abstractText().isEmpty()) {
            out.put("abstract", s.abstractText());
        }
        out.put("start", time(s.start(), schedule));
        out.put("end", time(s.end(), schedule));
        out.put("room", s.room().value());
        out.put("speakers", ids(s.speakers()));
        s.track().ifPresent(t -> out.put("track", t.value()));
        put(out, "level", s.level());
        out.put("topics", s.topics());
        s.rating().ifPresent(r -> out.put("rating", Map.of("average", r.average(), "count", r.count())));
        put(out, "url", s.url());
        out.put("kind", s.kind().key());
        return out;
    }

    private static String time(Instant instant, Schedule schedule) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(schedule.zone()).toOffsetDateTime());
    }

    private static List<String> ids(List<SpeakerId> ids) {
        return ids.stream().map(SpeakerId::value).toList();
    }

    private static void put(Map<String, Object> out, String key, Optional<String> value) {
        value.ifPresent(v -> out.put(key, v));
    }
}
