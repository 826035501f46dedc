package dev.emcee.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Binary searches by time agree with the plain definitions, including long and overlapping sessions. */
class SessionTimelineTest {
    private static final Instant T0 = Instant.parse("2025-12-28T10:00:00Z");

    private static Session session(String id, int startMinute, int minutes) {
        Instant start = T0.plus(Duration.ofMinutes(startMinute));
        return new Session(new SessionId(id), Optional.empty(), "", start, start.plus(Duration.ofMinutes(minutes)),
                new RoomId("r"), List.of(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), SessionKind.TALK);
    }

    private final List<Session> sessions = List.of(session("long", 0, 600), session("a", 30, 30),
            session("b", 60, 0), session("c", 60, 45), session("d", 90, 30));

    @Test
    void runningAtMatchesTheDefinition() {
        for (int minute = -10; minute < 700; minute += 5) {
            Instant t = T0.plus(Duration.ofMinutes(minute));
            List<Session> expected = sessions.stream().filter(s -> s.isRunningAt(t)).toList();
            assertThat(SessionTimeline.runningAt(sessions, t, Duration.ofMinutes(600))).as("at +%d min", minute)
                    .isEqualTo(expected);
        }
    }

    @Test
    void anyRunningAtSaysWhetherRunningAtFindsOne() {
        for (int minute = -10; minute < 700; minute += 5) {
            Instant t = T0.plus(Duration.ofMinutes(minute));
            boolean expected = sessions.stream().anyMatch(s -> s.isRunningAt(t));
            assertThat(SessionTimeline.anyRunningAt(sessions, t, Duration.ofMinutes(600))).as("at +%d min", minute)
                    .isEqualTo(expected);
        }
    }

    @Test
    void startingBetweenIsHalfOpen() {
        assertThat(SessionTimeline.startingBetween(sessions, T0.plusSeconds(3600), T0.plusSeconds(5400)))
                .extracting(s -> s.id().value()).containsExactly("b", "c");
        assertThat(SessionTimeline.startingBetween(sessions, T0.plusSeconds(5401), T0.plusSeconds(5400))).isEmpty();
        assertThat(SessionTimeline.firstStartingAtOrAfter(sessions, T0.plusSeconds(99_999))).isEqualTo(5);
    }
}
