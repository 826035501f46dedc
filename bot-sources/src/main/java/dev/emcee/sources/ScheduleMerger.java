package dev.emcee.sources;

import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.core.schedule.SpeakerId;
import dev.emcee.core.schedule.Track;
import dev.emcee.core.schedule.TrackId;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.Problem;
import dev.emcee.sources.read.ScheduleAssembly;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges the schedules of several sources (talks + workshops) into one.
 *
 * <p>The first source gives the conference facts and zone. Rooms and tracks with the same name are one; speakers
 * with the same id and name are one. A session id that two sources both use is reported, and the first source's
 * session is kept. Ids that clash otherwise (two different speakers both called {@code alex}) are renamed.
 */
final class ScheduleMerger {
    private ScheduleMerger() {
    }

    /**
     * @param sources each source's name and schedule, in the operator's order; at least one
     */
    public static LoadedSchedule merge(List<Named> sources) {
        if (sources.size() == 1) {
            return sources.get(0).loaded();
        }
        Pass pass = new Pass();
        for (Named source : sources) {
            pass.add(source);
        }
        Schedule first = sources.get(0).loaded().schedule();
        java.util.Set<RoomId> used = new java.util.HashSet<>();
        pass.sessions.values().forEach(s -> used.add(s.room()));
        Schedule merged = new Schedule(first.conference(), pass.rooms.values().stream()
                .filter(r -> used.contains(r.id())).toList(),
                new ArrayList<>(pass.tracks.values()), new ArrayList<>(pass.speakers.values()),
                new ArrayList<>(pass.sessions.values()));
        return new LoadedSchedule(merged, pass.warnings);
    }

    /** A loaded schedule and the source it came from. */
    public record Named(String source, LoadedSchedule loaded) {
    }

    private static final class Pass {
        final Map<String, Room> rooms = new LinkedHashMap<>();
        final Map<String, Track> tracks = new LinkedHashMap<>();
        final Map<SpeakerId, Speaker> speakers = new LinkedHashMap<>();
        final Map<SessionId, Session> sessions = new LinkedHashMap<>();
        final Map<SessionId, String> sessionSources = new HashMap<>();
        final List<Problem> warnings = new ArrayList<>();

        void add(Named named) {
            Schedule schedule = named.loaded().schedule();
            warnings.addAll(named.loaded().warnings());
            Map<RoomId, RoomId> roomIds = new HashMap<>();
            for (Room room : schedule.rooms()) {
                Room kept = rooms.computeIfAbsent(ScheduleAssembly.key(room.name()),
                        k -> new Room(freeRoomId(room.id()), room.name()));
                roomIds.put(room.id(), kept.id());
            }
            Map<SpeakerId, SpeakerId> speakerIds = new HashMap<>();
            for (Speaker speaker : schedule.speakers()) {
                Speaker same = speakers.get(speaker.id());
                if (same == null || !same.name().equals(speaker.name())) {
                    SpeakerId id = same == null ? speaker.id() : freeSpeakerId(speaker.id());
                    speakers.put(id, speaker.withId(id));
                    speakerIds.put(speaker.id(), id);
                } else {
                    speakerIds.put(speaker.id(), same.id());
                }
            }
            Map<TrackId, TrackId> trackIds = new HashMap<>();
            for (Track track : schedule.tracks()) {
                Track kept = tracks.computeIfAbsent(ScheduleAssembly.key(track.name()), k -> new Track(
                        freeTrackId(track.id()), track.name(), track.description(),
                        track.hosts().stream().map(h -> speakerIds.getOrDefault(h, h)).toList()));
                trackIds.put(track.id(), kept.id());
            }
            for (Session s : schedule.sessions()) {
                if (sessions.containsKey(s.id())) {
                    warnings.add(Problem.warning(named.source(), 0, "session " + s.id(), "session id '" + s.id()
                            + "' is also used by " + sessionSources.get(s.id()) + "; that one is kept and this one "
                            + "left out"));
                    continue;
                }
                Optional<TrackId> track = s.track().map(t -> trackIds.getOrDefault(t, t));
                sessions.put(s.id(), new Session(s.id(), s.title(), s.abstractText(), s.start(), s.end(),
                        roomIds.getOrDefault(s.room(), s.room()),
                        s.speakers().stream().map(p -> speakerIds.getOrDefault(p, p)).toList(), track, s.level(),
                        s.topics(), s.rating(), s.url(), s.kind()));
                sessionSources.put(s.id(), named.source());
            }
        }

        private RoomId freeRoomId(RoomId wanted) {
            String id = wanted.value();
            for (int n = 2; taken(id); n++) {
                id = wanted.value() + "-" + n;
            }
            return new RoomId(id);
        }

        private boolean taken(String roomId) {
            return rooms.values().stream().anyMatch(r -> r.id().value().equals(roomId));
        }

        private SpeakerId freeSpeakerId(SpeakerId wanted) {
            String id = wanted.value();
            for (int n = 2; speakers.containsKey(new SpeakerId(id)); n++) {
                id = wanted.value() + "-" + n;
            }
            return new SpeakerId(id);
        }

        private TrackId freeTrackId(TrackId wanted) {
            String id = wanted.value();
            for (int n = 2; hasTrack(id); n++) {
                id = wanted.value() + "-" + n;
            }
            return new TrackId(id);
        }

        private boolean hasTrack(String id) {
            return tracks.values().stream().anyMatch(t -> t.id().value().equals(id));
        }
    }
}
