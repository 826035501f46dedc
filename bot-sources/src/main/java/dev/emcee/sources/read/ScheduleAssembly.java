package dev.emcee.sources.read;

import dev.emcee.core.schedule.Conference;
import dev.emcee.core.schedule.ConferenceDates;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.core.schedule.SpeakerId;
import dev.emcee.core.schedule.Track;
import dev.emcee.core.schedule.TrackId;
import dev.emcee.sources.text.PlainText;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collects the parts of a schedule while an importer reads a foreign format, and builds it with its checks.
 *
 * <p>Rooms and tracks are found by name (ignoring case, spaces and punctuation), speakers by the source's own id
 * or else by name, so that every reference resolves by construction. Problems are collected, not thrown, so one
 * pass reports every mistake; {@link #build} refuses the schedule when any is an error.
 */
public final class ScheduleAssembly {
    /** The room of sessions whose source names none. */
    public static final String NO_ROOM = "Room not given";

    private final String source;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Room> roomsByKey = new LinkedHashMap<>();
    private final Map<String, Track> tracksByKey = new LinkedHashMap<>();
    private final Map<String, Speaker> speakersByKey = new LinkedHashMap<>();
    private final Set<String> speakerIds = new java.util.HashSet<>();
    private final Map<SessionId, Session> sessions = new LinkedHashMap<>();
    private final Map<SessionId, Integer> lines = new HashMap<>();
    private final Map<SessionId, String> fields = new HashMap<>();

    /** @param source the file path or URL, as problems name it */
    public ScheduleAssembly(String source) {
        this.source = source;
    }

    /** The name problems are reported under. */
    public String source() {
        return source;
    }

    /** Records an error (the schedule will be refused). */
    public void error(int line, String field, String message) {
        problems.add(Problem.error(source, line, field, message));
    }

    /** Records a warning. */
    public void warning(int line, String field, String message) {
        problems.add(Problem.warning(source, line, field, message));
    }

    /** Whether an error was recorded so far. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The room with this name, created on first use; a blank name is the {@link #NO_ROOM} room. */
    public RoomId room(String rawName) {
        String name = PlainText.line(rawName);
        if (name.isEmpty()) {
            name = NO_ROOM;
        }
        String finalName = name;
        return roomsByKey.computeIfAbsent(key(name), k -> new Room(new RoomId(unique(slug(finalName, "room"),
                roomsByKey.values().stream().map(r -> r.id().value()).collect(Collectors.toSet()))), finalName)).id();
    }

    private static String unique(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The track with this name, created on first use; empty for a blank name. */
    public Optional<TrackId> track(String rawName) {
        String name = PlainText.line(rawName);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(tracksByKey.computeIfAbsent(key(name), k -> new Track(new TrackId(unique(slug(name, "track"),
                tracksByKey.values().stream().map(t -> t.id().value()).collect(Collectors.toSet()))), name,
                Optional.empty(), List.of())).id());
    }

    /** Declares a track with its description and hosts (replacing a bare one made by {@link #track(String)}). */
    public TrackId track(String rawName, Optional<String> description, List<SpeakerId> hosts) {
        TrackId id = track(rawName).orElseThrow(() -> new IllegalArgumentException("a track needs a name"));
        String k = key(PlainText.line(rawName));
        Track old = tracksByKey.get(k);
        tracksByKey.put(k, new Track(id, old.name(), description.map(PlainText::of).filter(s -> !s.isEmpty()),
                hosts));
        return id;
    }

    /**
     * The speaker with the source's id (or, without one, with this name), created on first use.
     *
     * @param sourceId the id the source gives the person, or null
     * @return empty when the name is blank
     */
    public Optional<SpeakerId> speaker(String sourceId, String rawName, Optional<String> affiliation,
            Optional<String> bio) {
        String name = PlainText.line(rawName);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String k = sourceId == null || sourceId.isBlank() ? "name:" + name : "id:" + sourceId.strip();
        Speaker speaker = speakersByKey.computeIfAbsent(k, x -> new Speaker(new SpeakerId(uniqueSpeakerId(name)), name,
                affiliation.map(PlainText::line).filter(s -> !s.isEmpty()),
                bio.map(PlainText::of).filter(s -> !s.isEmpty())));
        return Optional.of(speaker.id());
    }

    private String uniqueSpeakerId(String name) {
        String id = unique(slug(name, "speaker"), speakerIds);
        speakerIds.add(id);
        return id;
    }

    /**
     * Adds a session; a second session with the same id is an error.
     *
     * @param line where it is in the source, 0 when the format has no lines
     * @param field its path in the source, such as {@code day[2].room[Fuse].event[3]}
     */
    public void session(Session session, int line, String field) {
        if (sessions.containsKey(session.id())) {
            error(line, field, "duplicate session id '" + session.id() + "' (first at line "
                    + lines.getOrDefault(session.id(), 0) + ")");
            return;
        }
        sessions.put(session.id(), session);
        lines.put(session.id(), line);
        fields.put(session.id(), field);
    }

    /** The sessions added so far. */
    public List<Session> sessions() {
        return List.copyOf(sessions.values());
    }

    /**
     * Builds the schedule: rooms without sessions are left out (with a warning), the conference dates default to
     * the span of the sessions, and the common checks add their warnings.
     *
     * @throws ScheduleLoadException when any error was recorded, or when there is no session at all
     */
    public LoadedSchedule build(String name, ZoneId zone, Optional<String> venue, Optional<String> url,
            List<ConferenceDates> dates) throws ScheduleLoadException {
        return build(name, Optional.empty(), zone, venue, url, dates);
    }

    /** Like {@link #build(String, ZoneId, Optional, Optional, List)}, with the conference's tagline. */
    public LoadedSchedule build(String name, Optional<String> tagline, ZoneId zone, Optional<String> venue,
            Optional<String> url, List<ConferenceDates> dates) throws ScheduleLoadException {
        if (sessions.isEmpty() && !hasErrors()) {
            error(0, "", "no sessions found; is this really a schedule?");
        }
        if (hasErrors()) {
            throw new ScheduleLoadException(sorted());
        }
        Set<RoomId> used = sessions.values().stream().map(Session::room).collect(Collectors.toSet());
        List<Room> rooms = new ArrayList<>();
        for (Room room : roomsByKey.values()) {
            if (used.contains(room.id())) {
                rooms.add(room);
            } else {
                warning(0, "", "room '" + room.name() + "' has no sessions; it is left out");
            }
        }
        List<ConferenceDates> span = dates.isEmpty() ? spanOfSessions(zone) : dates;
        Conference conference = new Conference(PlainText.line(name).isEmpty() ? nameFromSource()
                : PlainText.line(name), tagline, venue, zone, span, url);
        Schedule schedule = new Schedule(conference, rooms, List.copyOf(tracksByKey.values()),
                List.copyOf(speakersByKey.values()), List.copyOf(sessions.values()));
        problems.addAll(ScheduleChecks.warnings(schedule, source, id -> lines.getOrDefault(id, 0),
                id -> fields.getOrDefault(id, "")));
        return new LoadedSchedule(schedule, sorted());
    }

    /** "schedule" for ".../schedule.ics?x=1": better than nothing when the file names no conference. */
    private String nameFromSource() {
        String last = source.replaceAll("[?#].*$", "").replaceAll("[/\\\\]+$", "");
        last = last.substring(Math.max(last.lastIndexOf('/'), last.lastIndexOf('\\')) + 1);
        int dot = last.lastIndexOf('.');
        String name = dot > 0 ? last.substring(0, dot) : last;
        return name.isBlank() ? "Unnamed conference" : name;
    }

    private List<ConferenceDates> spanOfSessions(ZoneId zone) {
        List<LocalDate> days = sessions.values().stream().map(s -> s.start().atZone(zone).toLocalDate()).sorted()
                .toList();
        return days.isEmpty() ? List.of()
                : List.of(new ConferenceDates("Conference", days.get(0), days.get(days.size() - 1)));
    }

    private List<Problem> sorted() {
        List<Problem> out = new ArrayList<>(problems);
        out.sort((a, b) -> a.severity() != b.severity() ? a.severity().compareTo(b.severity())
                : Integer.compare(a.line(), b.line()));
        return out;
    }

    /** Names are matched without case, spaces, punctuation or accents: "Amphithéâtre" finds "Amphithéatre". */
    public static String key(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A readable id: "LL21 A/B" becomes "ll21-a-b"; {@code fallback} when nothing readable is left. */
    public static String slug(String text, String fallback) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? fallback : slug;
    }
}
