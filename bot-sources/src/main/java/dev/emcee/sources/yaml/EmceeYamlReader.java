package dev.emcee.sources.yaml;

import dev.emcee.core.schedule.Conference;
import dev.emcee.core.schedule.ConferenceDates;
import dev.emcee.core.schedule.Rating;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.SessionKind;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.core.schedule.SpeakerId;
import dev.emcee.core.schedule.Track;
import dev.emcee.core.schedule.TrackId;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.Problem;
import dev.emcee.sources.read.ScheduleChecks;
import dev.emcee.sources.read.ScheduleLoadException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads Emcee's own YAML schedule format (documented in the README) and validates it.
 *
 * <p>The file is refused as a whole when it has any error; every error and warning is reported with its file,
 * line and field. Times are written as local date-times in the conference's zone ({@code 2018-06-14T11:25}) or
 * with an explicit offset; an end may be a time of day on the start's date ({@code "12:05"}).
 */
public final class EmceeYamlReader {
    private static final Set<String> TOP = Set.of("conference", "rooms", "tracks", "speakers", "sessions");
    private static final Set<String> CONFERENCE = Set.of("name", "tagline", "venue", "zone", "url", "dates");
    private static final Set<String> DATES = Set.of("label", "from", "to");
    private static final Set<String> ROOM = Set.of("id", "name");
    private static final Set<String> TRACK = Set.of("id", "name", "description", "hosts");
    private static final Set<String> SPEAKER = Set.of("id", "name", "affiliation", "bio", "slack", "discord");
    private static final Set<String> SESSION = Set.of("id", "title", "abstract", "start", "end", "room", "speakers",
            "track", "level", "topics", "rating", "url", "kind");

    private final Optional<ZoneId> zoneOverride;

    /** @param zoneOverride the zone to use when the file names none ({@code --zone}); the file's own zone wins */
    public EmceeYamlReader(Optional<ZoneId> zoneOverride) {
        this.zoneOverride = zoneOverride;
    }

    /** Reads and validates a file. */
    public LoadedSchedule read(Path file) throws ScheduleLoadException {
        return read(file.toString(), new StringReader(YamlDocuments.read(file)));
    }

    /** Reads and validates YAML text; {@code source} names it in problems. */
    public LoadedSchedule read(String source, Reader yaml) throws ScheduleLoadException {
        Node root = YamlDocuments.compose(source, yaml, "the file is empty");
        return new Pass(source, root).run();
    }

    /** One reading of one file: collects problems and the pieces of the schedule. */
    private final class Pass {
        private final String source;
        private final List<Problem> problems = new ArrayList<>();
        private final YamlField root;
        private final Map<String, RoomId> roomsByKey = new HashMap<>();
        private final Set<String> speakerIds = new LinkedHashSet<>();
        private final Set<String> trackIds = new LinkedHashSet<>();
        private final Map<SessionId, Integer> sessionLines = new HashMap<>();
        private ZoneId zone = ZoneId.of("UTC");

        Pass(String source, Node node) {
            this.source = source;
            this.root = new YamlField(source, "", node, problems);
        }

        LoadedSchedule run() throws ScheduleLoadException {
            Map<String, YamlField> top = root.entries(TOP);
            Conference conference = conference(top.getOrDefault("conference", missing("conference")));
            List<Room> rooms = rooms(top.getOrDefault("rooms", missing("rooms")));
            List<Speaker> speakers = speakers(top.getOrDefault("speakers", missing("speakers")));
            List<Track> tracks = tracks(top.getOrDefault("tracks", missing("tracks")));
            List<Session> sessions = sessions(top.getOrDefault("sessions", missing("sessions")));
            if (problems.stream().anyMatch(Problem::isError)) {
                throw new ScheduleLoadException(sorted());
            }
            Schedule schedule = new Schedule(conference, rooms, tracks, speakers, sessions);
            problems.addAll(ScheduleChecks.warnings(schedule, source, id -> sessionLines.getOrDefault(id, 0),
                    id -> "sessions[" + sessions.indexOf(schedule.session(id).orElseThrow()) + "]"));
            return new LoadedSchedule(schedule, sorted());
        }

        private List<Problem> sorted() {
            List<Problem> out = new ArrayList<>(problems);
            out.sort((a, b) -> a.severity() != b.severity() ? a.severity().compareTo(b.severity())
                    : Integer.compare(a.line(), b.line()));
            return out;
        }

        private YamlField missing(String key) {
            return root.absent(key);
        }

        private Conference conference(YamlField field) {
            if (field.isMissing()) {
                field.error("missing; the file needs a 'conference' section with at least name and zone");
            }
            Map<String, YamlField> f = field.entries(CONFERENCE);
            String name = f.getOrDefault("name", child(field, "name")).required().orElse("Unnamed conference");
            YamlField zoneField = f.getOrDefault("zone", child(field, "zone"));
            Optional<String> zoneText = zoneField.text();
            if (zoneText.isPresent()) {
                try {
                    zone = ZoneId.of(zoneText.get());
                } catch (DateTimeException e) {
                    zoneField.error("unknown time zone '" + zoneText.get()
                            + "'; use a region name such as America/Los_Angeles or Europe/Berlin");
                }
            } else if (zoneOverride.isPresent()) {
                zone = zoneOverride.get();
            } else {
                zoneField.error("missing; name the conference's time zone (e.g. America/Los_Angeles) or pass --zone");
            }
            List<ConferenceDates> dates = new ArrayList<>();
            for (YamlField item : f.getOrDefault("dates", child(field, "dates")).items()) {
                Map<String, YamlField> d = item.entries(DATES);
                Optional<LocalDate> from = YamlValues.date(d.getOrDefault("from", child(item, "from")));
                Optional<LocalDate> to = YamlValues.date(d.getOrDefault("to", child(item, "to")));
                String label = d.getOrDefault("label", child(item, "label")).text().orElse("Conference");
                if (from.isPresent() && to.isPresent()) {
                    if (to.get().isBefore(from.get())) {
                        item.error("'to' (" + to.get() + ") is before 'from' (" + from.get() + ")");
                    } else {
                        dates.add(new ConferenceDates(label, from.get(), to.get()));
                    }
                }
            }
            return new Conference(name, text(f, "tagline"), text(f, "venue"), zone, dates, text(f, "url"));
        }

        private List<Room> rooms(YamlField field) {
            List<Room> rooms = new ArrayList<>();
            for (YamlField item : field.items()) {
                Map<String, YamlField> f = item.entries(ROOM);
                Optional<String> id = f.getOrDefault("id", child(item, "id")).required();
                Optional<String> name = text(f, "name");
                if (id.isEmpty()) {
                    continue;
                }
                if (roomsByKey.containsKey(key(id.get())) && roomsByKey.get(key(id.get())).value().equals(id.get())) {
                    f.get("id").error("duplicate room id '" + id.get() + "'");
                    continue;
                }
                RoomId roomId = new RoomId(id.get());
                roomsByKey.put(key(id.get()), roomId);
                name.ifPresent(n -> roomsByKey.putIfAbsent(key(n), roomId));
                rooms.add(new Room(roomId, name.orElse(id.get())));
            }
            return rooms;
        }

        private List<Speaker> speakers(YamlField field) {
            List<Speaker> speakers = new ArrayList<>();
            for (YamlField item : field.items()) {
                Map<String, YamlField> f = item.entries(SPEAKER);
                Optional<String> id = f.getOrDefault("id", child(item, "id")).required();
                Optional<String> name = f.getOrDefault("name", child(item, "name")).required();
                if (id.isEmpty() || name.isEmpty()) {
                    continue;
                }
                if (!speakerIds.add(id.get())) {
                    f.get("id").error("duplicate speaker id '" + id.get() + "'");
                    continue;
                }
                speakers.add(new Speaker(new SpeakerId(id.get()), name.get(), text(f, "affiliation"), text(f, "bio"),
                        SpeakerContacts.of(f)));
            }
            return speakers;
        }

        private List<Track> tracks(YamlField field) {
            List<Track> tracks = new ArrayList<>();
            for (YamlField item : field.items()) {
                Map<String, YamlField> f = item.entries(TRACK);
                Optional<String> id = f.getOrDefault("id", child(item, "id")).required();
                Optional<String> name = f.getOrDefault("name", child(item, "name")).required();
                if (id.isEmpty() || name.isEmpty()) {
                    continue;
                }
                if (!trackIds.add(id.get())) {
                    f.get("id").error("duplicate track id '" + id.get() + "'");
                    continue;
                }
                List<SpeakerId> hosts = speakerRefs(f.getOrDefault("hosts", child(item, "hosts")));
                tracks.add(new Track(new TrackId(id.get()), name.get(), text(f, "description"), hosts));
            }
            return tracks;
        }

        private List<Session> sessions(YamlField field) {
            List<Session> sessions = new ArrayList<>();
            Set<String> ids = new LinkedHashSet<>();
            for (YamlField item : field.items()) {
                Session session = session(item, ids);
                if (session != null) {
                    sessions.add(session);
                    sessionLines.put(session.id(), item.line());
                }
            }
            return sessions;
        }

        private Session session(YamlField item, Set<String> ids) {
            Map<String, YamlField> f = item.entries(SESSION);
            Optional<String> id = f.getOrDefault("id", child(item, "id")).required();
            if (id.isPresent() && !ids.add(id.get())) {
                f.get("id").error("duplicate session id '" + id.get() + "'");
                return null;
            }
            YamlField startField = f.getOrDefault("start", child(item, "start"));
            YamlField endField = f.getOrDefault("end", child(item, "end"));
            Optional<Instant> start = YamlValues.instant(startField, Optional.empty(), zone);
            Optional<Instant> end = YamlValues.instant(endField, start.map(s -> s.atZone(zone).toLocalDate()), zone);
            if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
                endField.error("ends before it starts (" + endField.text().orElse("") + " is before "
                        + startField.text().orElse("") + ")");
                return null;
            }
            YamlField roomField = f.getOrDefault("room", child(item, "room"));
            Optional<RoomId> room = roomField.required().flatMap(r -> {
                RoomId known = roomsByKey.get(key(r));
                if (known == null) {
                    roomField.error("unknown room '" + r + "'; rooms are: " + String.join(", ", roomsByKey.values()
                            .stream().map(RoomId::value).distinct().toList()));
                }
                return Optional.ofNullable(known);
            });
            List<SpeakerId> speakers = speakerRefs(f.getOrDefault("speakers", child(item, "speakers")));
            YamlField trackField = f.getOrDefault("track", child(item, "track"));
            Optional<TrackId> track = trackField.text().flatMap(t -> {
                if (!trackIds.contains(t)) {
                    trackField.error("unknown track '" + t + "'; tracks are: " + String.join(", ", trackIds));
                    return Optional.empty();
                }
                return Optional.of(new TrackId(t));
            });
            Optional<Rating> rating = YamlValues.rating(f.getOrDefault("rating", child(item, "rating")));
            SessionKind kind = YamlValues.kind(f.getOrDefault("kind", child(item, "kind")));
            if (id.isEmpty() || start.isEmpty() || end.isEmpty() || room.isEmpty()) {
                return null;
            }
            return new Session(new SessionId(id.get()), text(f, "title"), text(f, "abstract").orElse(""), start.get(),
                    end.get(), room.get(), speakers, track, text(f, "level"),
                    f.getOrDefault("topics", child(item, "topics")).texts(), rating, text(f, "url"), kind);
        }

        private List<SpeakerId> speakerRefs(YamlField field) {
            List<SpeakerId> refs = new ArrayList<>();
            for (String ref : field.texts()) {
                if (speakerIds.contains(ref)) {
                    refs.add(new SpeakerId(ref));
                } else {
                    field.error("unknown speaker '" + ref + "'; add it under 'speakers' or fix the id");
                }
            }
            return refs;
        }

        private Optional<String> text(Map<String, YamlField> fields, String key) {
            YamlField field = fields.get(key);
            return field == null ? Optional.empty() : field.text();
        }

        private YamlField child(YamlField parent, String key) {
            return parent.absent(key);
        }
    }

    /** Room references are matched without case, spaces or punctuation: "ll21ab" finds "LL21 A/B". */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
