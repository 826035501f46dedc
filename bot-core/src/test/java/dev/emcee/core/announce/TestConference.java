package dev.emcee.core.announce;

import dev.emcee.core.platform.PlatformUser;
import dev.emcee.core.schedule.Conference;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds small schedules for announcement tests: local start times in the conference's zone, two rooms, one track. */
public final class TestConference {
    private final ZoneId zone;
    private final List<Session> sessions = new ArrayList<>();
    private List<PlatformUser> seansAccounts = List.of();

    private TestConference(ZoneId zone) {
        this.zone = zone;
    }

    /** A conference in {@code zone} with rooms "ll21ab" (LL21 A/B) and "ll20d" (LL20 D) and track "ds". */
    public static TestConference in(String zone) {
        return new TestConference(ZoneId.of(zone));
    }

    /** Adds a 40-minute talk in the track, by speaker "sean". */
    public TestConference talk(String id, String localStart, String room) {
        return session(id, localStart, 40, room, SessionKind.TALK, true);
    }

    /** Adds a session. */
    public TestConference session(String id, String localStart, int minutes, String room, SessionKind kind,
            boolean inTrack) {
        return sessionAt(id, LocalDateTime.parse(localStart).atZone(zone).toInstant(), minutes, room, kind, inTrack);
    }

    /** Adds a session at an exact instant (for the repeated hour of a fall-back day). */
    public TestConference sessionAt(String id, Instant start, int minutes, String room, SessionKind kind,
            boolean inTrack) {
        sessions.add(new Session(new SessionId(id), Optional.of("Talk " + id), "About " + id + ".", start,
                start.plusSeconds(minutes * 60L), new RoomId(room), List.of(new SpeakerId("sean")),
                inTrack ? Optional.of(new TrackId("ds")) : Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.of("https://example.org/" + id), kind));
        return this;
    }

    /** Links speaker "sean" to these platform users (whom speakers' reminders go to). */
    public TestConference seanIs(PlatformUser... accounts) {
        seansAccounts = List.of(accounts);
        return this;
    }

    /** The schedule built so far. */
    public Schedule build() {
        return new Schedule(
                new Conference("Test Conf", Optional.empty(), Optional.empty(), zone, List.of(), Optional.empty()),
                List.of(new Room(new RoomId("ll21ab"), "LL21 A/B"), new Room(new RoomId("ll20d"), "LL20 D")),
                List.of(new Track(new TrackId("ds"), "Distributed Systems", Optional.empty(), List.of())),
                List.of(new Speaker(new SpeakerId("sean"), "Sean Allen", Optional.of("Wallaroo Labs"), Optional.empty(),
                        seansAccounts)),
                sessions);
    }
}
