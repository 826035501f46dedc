package dev.emcee.sources.sessionize;

import static dev.emcee.sources.read.JsonDocuments.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.SessionKind;
import dev.emcee.core.schedule.SpeakerId;
import dev.emcee.core.schedule.TrackId;
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
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Sessionize's "All" view: {@code sessions}, {@code speakers}, {@code rooms}, {@code categories}.
 *
 * <p>Sessionize writes local times without an offset, so the zone must come from {@code --zone} or the settings.
 * Rooms, speakers and category items are references by id ({@code roomId}, speaker UUIDs, numeric item ids); the
 * categories titled "Level" and "Track" give the level and track, "Tags"/"Topics" the topics.
 */
public final class SessionizeReader implements ScheduleReader {

    @Override
    public LoadedSchedule read(SourceText source, ReadOptions options) throws ScheduleLoadException {
        JsonDocuments document = JsonDocuments.parse(source);
        JsonNode root = document.root();
        if (!root.path("sessions").isArray()) {
            throw ScheduleLoadException.of(source.name(), 1, "sessions",
                    "expected Sessionize's \"All\" JSON with a 'sessions' list");
        }
        ScheduleAssembly assembly = new ScheduleAssembly(source.name());
        ZoneId zone = ZoneChoice.resolve(Optional.empty(), 1, "sessions[].startsAt", Optional.empty(), options,
                assembly);
        Map<String, String> roomNames = new HashMap<>();
        for (JsonNode room : root.path("rooms")) {
            text(room, "id").ifPresent(id -> roomNames.put(id, text(room, "name").orElse(id)));
        }
        Map<String, JsonNode> speakers = new HashMap<>();
        for (JsonNode speaker : root.path("speakers")) {
            text(speaker, "id").ifPresent(id -> speakers.put(id, speaker));
        }
        Map<String, Category> categories = categories(root.path("categories"));
        JsonNode sessions = root.path("sessions");
        for (int i = 0; i < sessions.size(); i++) {
            session(sessions.get(i), document.line("/sessions/" + i), "sessions[" + i + "]", zone, roomNames,
                    speakers, categories, assembly);
        }
        return assembly.build(text(root, "name").orElse("Sessionize schedule"), zone, Optional.empty(),
                Optional.empty(), List.of());
    }

    private void session(JsonNode session, int line, String field, ZoneId zone, Map<String, String> roomNames,
            Map<String, JsonNode> speakers, Map<String, Category> categories, ScheduleAssembly assembly) {
        Optional<String> id = text(session, "id");
        if (id.isEmpty()) {
            assembly.error(line, field + ".id", "missing; every session needs an id");
            return;
        }
        String at = field + "(id " + id.get() + ")";
        Optional<Instant> start = time(session, "startsAt", line, at, zone, assembly);
        Optional<Instant> end = time(session, "endsAt", line, at, zone, assembly);
        if (start.isEmpty() || end.isEmpty()) {
            return;
        }
        if (end.get().isBefore(start.get())) {
            assembly.error(line, at + ".endsAt", "ends before it starts");
            return;
        }
        String title = PlainText.line(text(session, "title").orElse(""));
        List<SpeakerId> speakerIds = new ArrayList<>();
        for (JsonNode ref : session.path("speakers")) {
            String speakerId = ref.isObject() ? text(ref, "id").orElse("") : ref.asText();
            JsonNode speaker = speakers.get(speakerId);
            if (speaker == null) {
                String name = ref.isObject() ? text(ref, "name").orElse("") : "";
                if (name.isEmpty()) {
                    assembly.warning(line, at + ".speakers", "unknown speaker id '" + speakerId + "'; left out");
                }
                assembly.speaker(speakerId, name, Optional.empty(), Optional.empty()).ifPresent(speakerIds::add);
                continue;
            }
            String name = text(speaker, "fullName").orElse(
                    (text(speaker, "firstName").orElse("") + " " + text(speaker, "lastName").orElse("")).strip());
            assembly.speaker(speakerId, name, Optional.empty(), text(speaker, "bio")).ifPresent(speakerIds::add);
        }
        String roomId = text(session, "roomId").orElse("");
        if (!roomId.isEmpty() && !roomNames.containsKey(roomId)) {
            assembly.warning(line, at + ".roomId", "unknown room id " + roomId + "; the id is used as its name");
        }
        Picked picked = pick(session.path("categoryItems"), categories);
        Optional<TrackId> track = picked.track.flatMap(assembly::track);
        SessionKind kind = session.path("isServiceSession").asBoolean(false)
                ? serviceKind(title) : SessionKinds.guess(picked.format.orElse(""), title, !speakerIds.isEmpty());
        assembly.session(new Session(new SessionId(id.get()), title.isEmpty() ? Optional.empty() : Optional.of(title),
                PlainText.of(text(session, "description").orElse("")), start.get(), end.get(),
                assembly.room(roomNames.getOrDefault(roomId, roomId)), speakerIds, track, picked.level,
                picked.topics, Optional.empty(), Optional.empty(), kind), line, at);
    }

    private static SessionKind serviceKind(String title) {
        SessionKind kind = SessionKind.parse(title);
        return kind.isIntermission() ? kind : SessionKind.SERVICE;
    }

    private Optional<Instant> time(JsonNode session, String name, int line, String at, ZoneId zone,
            ScheduleAssembly assembly) {
        Optional<String> text = text(session, name);
        Optional<Instant> instant = text.flatMap(t -> TimeTextParsing.instant(t, zone));
        if (instant.isEmpty()) {
            assembly.error(line, at + "." + name, text.map(t -> "'" + t + "' is not a date-time")
                    .orElse("missing; the session is not scheduled"));
        }
        return instant;
    }

    private record Category(String title, String item) {
    }

    private record Picked(Optional<String> track, Optional<String> level, Optional<String> format,
            List<String> topics) {
    }

    private static Map<String, Category> categories(JsonNode categories) {
        Map<String, Category> out = new HashMap<>();
        for (JsonNode category : categories) {
            String title = text(category, "title").orElse("").toLowerCase(Locale.ROOT);
            for (JsonNode item : category.path("items")) {
                text(item, "id").ifPresent(id -> out.put(id, new Category(title, text(item, "name").orElse(""))));
            }
        }
        return out;
    }

    private static Picked pick(JsonNode itemIds, Map<String, Category> categories) {
        Optional<String> track = Optional.empty();
        Optional<String> level = Optional.empty();
        Optional<String> format = Optional.empty();
        List<String> topics = new ArrayList<>();
        for (JsonNode itemId : itemIds) {
            Category category = categories.get(itemId.asText());
            if (category == null || category.item.isBlank()) {
                continue;
            }
            String item = PlainText.line(category.item);
            if (category.title.contains("track")) {
                track = Optional.of(item);
            } else if (category.title.contains("level")) {
                level = Optional.of(item);
            } else if (category.title.contains("format") || category.title.contains("type")) {
                format = Optional.of(item);
            } else {
                topics.add(item);
            }
        }
        return new Picked(track, level, format, topics);
    }
}
