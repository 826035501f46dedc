package dev.emcee.scheduler;

import static dev.emcee.scheduler.Rehearsals.FAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.core.agenda.AgendaSettings;
import dev.emcee.core.agenda.AgendaStore;
import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.announce.TestConference;
import dev.emcee.core.notice.SessionReminder;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.time.SimulatedClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Reminders on one real PostgreSQL server: two instances, a crash and restarts; every reminder exactly once. */
@Timeout(200)
class RemindersPostgresTest {
    private static final int USERS = 12;
    private static final int TALKS = 10;
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path unused;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<RecordingDirectSink.Sent> sent = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    /** Ten talks, one a minute from 11:25 in two rooms. */
    private static Schedule talks() {
        TestConference conference = TestConference.in("America/Los_Angeles");
        LocalDateTime first = LocalDateTime.parse("2018-06-14T11:25");
        IntStream.range(0, TALKS).forEach(i -> conference.talk("t" + i, first.plusMinutes(i).toString(),
                i % 2 == 0 ? "ll21ab" : "ll20d"));
        return conference.build();
    }

    private JobPipeline instance(String name, Schedule schedule, SimulatedClock clock) {
        AnnouncementDatabase database = AnnouncementDatabase.open(POSTGRES.settings(), unused);
        open.add(database);
        // A wide grace window: this test is about who sends, not about lateness on a busy machine.
        JobPipeline reminders = JobPipeline.on(database, new CurrentSchedule(schedule), clock).tuning(FAST)
                .reminding(new AgendaSettings(true, Duration.ofMinutes(10), Duration.ofMinutes(10)),
                        List.of(new RecordingDirectSink(name, sent)))
                .start();
        open.add(reminders);
        return reminders;
    }

    /** Each user bookmarks three talks; half of them want 15 minutes' notice. Returns the number of reminders. */
    private static int bookmark(AgendaStore store) {
        int reminders = 0;
        for (int u = 0; u < USERS; u++) {
            AgendaUser user = new AgendaUser(Platform.CONSOLE, "user-" + u);
            if (u % 2 == 0) {
                store.setLead(user, Duration.ofMinutes(15));
            }
            for (int k = 0; k < 3; k++) {
                store.add(user, new SessionId("t" + ((u + 3 * k) % TALKS)));
                reminders++;
            }
        }
        return reminders;
    }

    private Map<String, Long> timesSent() {
        return sent.stream().filter(s -> s.notice() instanceof SessionReminder)
                .collect(Collectors.groupingBy(s -> s.userId() + "/" + ((SessionReminder) s.notice()).session().id(),
                        Collectors.counting()));
    }

    @Test
    void twoInstancesSendEachReminderExactlyOnce() {
        Schedule schedule = talks();
        // The first reminder is due at 11:10: bookmarking, on two busy instances, has half a minute of real time.
        SimulatedClock clock = Rehearsals.at("2018-06-14T10:59:30", 60);
        JobPipeline a = instance("a", schedule, clock);
        instance("b", schedule, clock);

        int expected = bookmark(a.agendaStore().orElseThrow());

        await().atMost(Duration.ofSeconds(80)).until(() -> timesSent().size() == expected);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6))
                .until(() -> timesSent().values().stream().allMatch(n -> n == 1));
        assertThat(timesSent()).hasSize(expected).allSatisfy((key, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void aCrashBeforeTheMomentAndTwoRestartsStillSendEachReminderOnce() {
        Schedule schedule = talks();
        SimulatedClock clock = Rehearsals.at("2018-06-14T10:58:00", 60);
        JobPipeline first = instance("first", schedule, clock);
        int expected = bookmark(first.agendaStore().orElseThrow());
        first.halt(); // before any reminder is due (11:10 at the earliest)
        assertThat(sent).isEmpty();

        instance("second", schedule, clock);
        await().atMost(Duration.ofSeconds(80)).until(() -> timesSent().size() == expected);
        instance("third", schedule, clock);
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> sent.size() == expected);

        assertThat(timesSent()).allSatisfy((key, n) -> assertThat(n).isEqualTo(1));
        assertThat(sent).extracting(RecordingDirectSink.Sent::instance).containsOnly("second");
    }
}
