package dev.emcee.scheduler;

import static dev.emcee.scheduler.Rehearsals.FAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.core.announce.TestConference;
import dev.emcee.core.events.CalendarEvent;
import dev.emcee.core.events.EventWindow;
import dev.emcee.core.events.KeptEvents;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.testing.LogCapture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances keep one events list on one PostgreSQL (real Quartz, clustered): one event per session, one update
 * when a session moves, one delete when it is cancelled, others' events left alone, and a create whose answer was
 * lost with its instance is not made a second time by the other.
 */
@Timeout(120)
class EventsListPostgresTest {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();
    private static final EventWindow WINDOW = new EventWindow(100, 100, Duration.ofDays(7), Set.of(), Set.of(),
            Set.of());

    @TempDir
    Path unused;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final RecordingCalendar discord = new RecordingCalendar("discord guild 200000000000000002").withOthers(3);

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private static TestConference talks(String seanAt) {
        return TestConference.in("America/Los_Angeles").talk("sean", "2018-06-14T" + seanAt, "ll21ab")
                .talk("next", "2018-06-14T11:28", "ll20d");
    }

    private record Instance(AnnouncementDatabase database, JobPipeline pipeline, CurrentSchedule schedule) {
    }

    private Instance instance(String name, Schedule schedule) {
        AnnouncementDatabase database = AnnouncementDatabase.open(POSTGRES.settings(), unused);
        open.add(database);
        CurrentSchedule current = new CurrentSchedule(schedule);
        JobPipeline pipeline = JobPipeline.on(database, current, Rehearsals.at("2018-06-14T10:00", 1)).tuning(FAST)
                .keepingEvents(new KeptEvents(Platform.DISCORD, discord.seenBy(name), WINDOW))
                .start();
        open.add(pipeline);
        return new Instance(database, pipeline, current);
    }

    private void settles(long creates, long updates, long deletes) {
        await().atMost(Duration.ofSeconds(30)).until(() -> discord.count("create") >= creates
                && discord.count("update") >= updates && discord.count("delete") >= deletes);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() ->
                discord.count("create") == creates && discord.count("update") == updates
                && discord.count("delete") == deletes);
    }

    @Test
    void twoInstancesMakeEachEventOnceAndFollowMovesAndCancellations() {
        Instance one = instance("one", talks("11:25").build());
        Instance two = instance("two", talks("11:25").build());

        settles(2, 0, 0);
        assertThat(discord.events()).extracting(CalendarEvent::name).containsExactly("Talk sean", "Talk next");

        one.schedule().replace(talks("11:45").build()); // each instance reads the changed file
        two.schedule().replace(talks("11:45").build());
        settles(2, 1, 0);
        assertThat(discord.events()).filteredOn(e -> e.session().value().equals("sean")).singleElement()
                .satisfies(e -> assertThat(e.start()).isEqualTo(Rehearsals.instant("2018-06-14T11:45")));

        Schedule cancelled = TestConference.in("America/Los_Angeles").talk("next", "2018-06-14T11:28", "ll20d")
                .build();
        one.schedule().replace(cancelled);
        two.schedule().replace(cancelled);
        settles(2, 1, 1);
        assertThat(discord.events()).extracting(e -> e.session().value()).containsExactly("next");
    }

    @Test
    void aCreateLostWithItsInstanceIsNotMadeAgainByTheOther() {
        discord.loseCreateAnswers(true);
        Instance one = instance("one", TestConference.in("America/Los_Angeles")
                .talk("sean", "2018-06-14T11:25", "ll21ab").build());
        await().atMost(Duration.ofSeconds(20)).until(() -> discord.count("create") == 1);
        String dying = discord.requests().get(0).instance();
        assertThat(dying).isEqualTo("one");
        discord.loseCreateAnswers(false);
        Instance two = instance("two", one.schedule().get());

        try (LogCapture quartz = LogCapture.of("org.quartz"); LogCapture stopping = LogCapture.of(
                QuartzSchedulers.class)) {
            one.pipeline().halt(); // killed while Discord holds its answer: the ledger never hears "made"
            one.database().close();
            discord.failLostAnswers(new IllegalStateException("the killed process is gone"));
            two.schedule().replace(two.schedule().get()); // a reload on the survivor looks at once

            await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(12)).until(() ->
                    discord.count("create") == 1);
            one.pipeline().close();
            assertThat(quartz.events()).as("only the killed instance's run, failing on its closed database")
                    .allMatch(e -> causes(e.getThrowableProxy()).matches("(?s).*(has been closed|is shutdown).*"));
            assertThat(stopping.problems()).allMatch(m -> m.contains("has been closed"));
        }
        assertThat(discord.events()).singleElement().satisfies(e -> assertThat(e.session().value())
                .isEqualTo("sean"));
    }

    /** The messages of a logged throwable and its causes, in one string. */
    private static String causes(ch.qos.logback.classic.spi.IThrowableProxy thrown) {
        StringBuilder all = new StringBuilder();
        for (var t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
