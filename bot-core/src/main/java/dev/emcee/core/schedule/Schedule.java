package dev.emcee.core.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A loaded conference: its facts, rooms, tracks, people and sessions, immutable once built.
 *
 * <p>Sessions are kept in time order (then room, then id), so every listing built from them is stable, and are
 * indexed by room, track and speaker; {@link SessionTimeline} finds them by time with binary searches.
 * References between parts (a session's room, a track's hosts) are checked by the importers' validators before a
 * schedule is built; lookups here still return {@link Optional} so that no caller can crash on a dangling id.
 */
public final class Schedule {
    private static final Comparator<Session> TIME_ORDER = Comparator.comparing(Session::start)
            .thenComparing(s -> s.room().value())
            .thenComparing(Session::id);

    private final Conference conference;
    private final List<Room> rooms;
    private final List<Track> tracks;
    private final List<Speaker> speakers;
    private final List<Session> sessions;
    private final Map<RoomId, Room> roomsById;
    private final Map<TrackId, Track> tracksById;
    private final Map<SpeakerId, Speaker> speakersById;
    private final Map<SessionId, Session> sessionsById;
    private final Map<RoomId, List<Session>> sessionsByRoom;
    private final Map<TrackId, List<Session>> sessionsByTrack;
    private final Map<SpeakerId, List<Session>> sessionsBySpeaker;
    private final Duration longestSession;

    public Schedule(Conference conference, List<Room> rooms, List<Track> tracks, List<Speaker> speakers,
            List<Session> sessions) {
        this.conference = conference;
        this.rooms = List.copyOf(rooms);
        this.tracks = List.copyOf(tracks);
        this.speakers = List.copyOf(speakers);
        this.sessions = sessions.stream().sorted(TIME_ORDER).toList();
        this.roomsById = byId(this.rooms, Room::id);
        this.tracksById = byId(this.tracks, Track::id);
        this.speakersById = byId(this.speakers, Speaker::id);
        this.sessionsById = byId(this.sessions, Session::id);
        this.sessionsByRoom = group(this.sessions, s -> List.of(s.room()));
        this.sessionsByTrack = group(this.sessions, s -> s.track().map(List::of).orElse(List.of()));
        this.sessionsBySpeaker = group(this.sessions, Session::speakers);
        this.longestSession = this.sessions.stream().map(Session::duration).max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    private static <K> Map<K, List<Session>> group(List<Session> sessions, Function<Session, List<K>> keys) {
        Map<K, List<Session>> out = new HashMap<>();
        for (Session session : sessions) {
            for (K key : keys.apply(session)) {
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(session);
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    private static <K, V> Map<K, V> byId(List<V> values, Function<V, K> id) {
        return values.stream().collect(Collectors.toMap(id, v -> v, (a, b) -> {
            throw new IllegalArgumentException("duplicate id " + id.apply(a));
        }, LinkedHashMap::new));
    }

    public Conference conference() {
        return conference;
    }

    public ZoneId zone() {
        return conference.zone();
    }

    public List<Room> rooms() {
        return rooms;
    }

    public List<Track> tracks() {
        return tracks;
    }

    public List<Speaker> speakers() {
        return speakers;
    }

    /** All sessions in time order. */
    public List<Session> sessions() {
        return sessions;
    }

    public Optional<Room> room(RoomId id) {
        return Optional.ofNullable(roomsById.get(id));
    }

    public Optional<Track> track(TrackId id) {
        return Optional.ofNullable(tracksById.get(id));
    }

    public Optional<Speaker> speaker(SpeakerId id) {
        return Optional.ofNullable(speakersById.get(id));
    }

    public Optional<Session> session(SessionId id) {
        return Optional.ofNullable(sessionsById.get(id));
    }

    /** The room's display name, or its id when the room is unknown. */
    public String roomName(RoomId id) {
        return room(id).map(Room::name).orElse(id.value());
    }

    /** The sessions in a room, in time order. */
    public List<Session> sessionsIn(RoomId room) {
        return sessionsByRoom.getOrDefault(room, List.of());
    }

    /** The sessions of a track, in time order. */
    public List<Session> sessionsInTrack(TrackId track) {
        return sessionsByTrack.getOrDefault(track, List.of());
    }

    /** The sessions a person speaks in, in time order. */
    public List<Session> sessionsOf(SpeakerId speaker) {
        return sessionsBySpeaker.getOrDefault(speaker, List.of());
    }

    /** The duration of the longest session, which bounds how far back a running session can have started. */
    public Duration longestSession() {
        return longestSession;
    }

    /** The speakers of a session, in the order the schedule lists them. */
    public List<Speaker> speakersOf(Session session) {
        return session.speakers().stream().map(this::speaker).flatMap(Optional::stream).toList();
    }

    /** The tracks this person hosts. */
    public List<Track> tracksHostedBy(SpeakerId id) {
        return tracks.stream().filter(t -> t.hosts().contains(id)).toList();
    }

    /** The calendar days, in the conference's zone, on which at least one session starts. */
    public List<LocalDate> sessionDays() {
        return sessions.stream().map(s -> s.start().atZone(zone()).toLocalDate()).distinct().sorted().toList();
    }
}
