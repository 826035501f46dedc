package dev.emcee.scheduler;

import static dev.emcee.scheduler.Rehearsals.FAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.announce.TestConference;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.time.SimulatedClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Two Emcee instances on one real PostgreSQL server: every announcement posted by exactly one of them. */
@Timeout(120)
class PostgresClusterTest {
    private static final int SESSIONS = 30;
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path unused;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<RecordingSink.Post> posts = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    /** Thirty talks, two a minute from 11:25 (so fifteen digest messages), in Los Angeles. */
    private static Schedule manyTalks() {
        TestConference conference = TestConference.in("America/Los_Angeles");
        LocalDateTime first = LocalDateTime.parse("2018-06-14T11:25");
        IntStream.range(0, SESSIONS).forEach(i -> conference.talk("s" + i, first.plusMinutes(i / 2).toString(),
                i % 2 == 0 ? "ll21ab" : "ll20d"));
        return conference.build();
    }

    private JobPipeline instance(String name, Schedule schedule, SimulatedClock clock) {
        AnnouncementDatabase database = database();
        // A wide grace window: this test is about who posts, not about lateness on a busy machine.
        AnnouncementSettings announcements = Rehearsals.consoleSettings(Duration.ofMinutes(10));
        JobPipeline announcer = JobPipeline.on(database, new CurrentSchedule(schedule), clock).tuning(FAST)
                .announcing(announcements, List.of(new RecordingSink(Platform.CONSOLE, name, posts)),
                        AnnouncementObserver.NONE)
                .start();
        open.add(announcer);
        return announcer;
    }

    private AnnouncementDatabase database() {
        DatabaseSettings settings = POSTGRES.settings();
        AnnouncementDatabase database = AnnouncementDatabase.open(settings, unused);
        open.add(database);
        return database;
    }

    private Map<String, Long> timesAnnounced() {
        return posts.stream().flatMap(p -> ((dev.emcee.core.notice.SessionsStarting) p.notice()).sessions().stream())
                .collect(Collectors.groupingBy(c -> c.id(), Collectors.counting()));
    }

    @Test
    void twoInstancesOnOneDatabasePostEachAnnouncementExactlyOnce() {
        Schedule schedule = manyTalks();
        SimulatedClock clock = Rehearsals.at("2018-06-14T11:19:55", 60);
        JobPipeline a = instance("a", schedule, clock);
        JobPipeline b = instance("b", schedule, clock);

        assertThat(a.instanceId()).isNotEqualTo(b.instanceId());
        await().atMost(Duration.ofSeconds(60)).until(() -> timesAnnounced().size() == SESSIONS);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> timesAnnounced().values().stream().allMatch(n -> n == 1));
        assertThat(timesAnnounced()).hasSize(SESSIONS).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
        assertThat(posts).hasSize(SESSIONS / 2); // two sessions a minute: one digest message each minute
    }

    @Test
    void whenOneInstanceStopsMidRunTheOtherTakesOver() {
        Schedule schedule = manyTalks();
        SimulatedClock clock = Rehearsals.at("2018-06-14T11:19:55", 60);
        JobPipeline a = instance("a", schedule, clock);
        instance("b", schedule, clock);

        await().atMost(Duration.ofSeconds(60)).until(() -> timesAnnounced().size() >= 6);
        a.close();
        int postedWhenStopped = posts.size();

        await().atMost(Duration.ofSeconds(60)).until(() -> timesAnnounced().size() == SESSIONS);
        assertThat(timesAnnounced()).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
        assertThat(posts.subList(postedWhenStopped + 1, posts.size())).extracting(RecordingSink.Post::instance)
                .containsOnly("b");
        Function<RecordingSink.Post, String> who = RecordingSink.Post::instance;
        assertThat(posts).extracting(who).contains("b");
    }

    /** One instance: its database pool, its pipeline and the stand-in it posts to. */
    private record Instance(AnnouncementDatabase database, JobPipeline pipeline, RecordingSink sink) {
    }

    private Instance stallingInstance(String name, Schedule schedule, SimulatedClock clock) {
        AnnouncementDatabase database = database();
        RecordingSink sink = new RecordingSink(Platform.CONSOLE, name, posts).stallingAfterPosting(1).lookingBack();
        JobPipeline pipeline = JobPipeline.on(database, new CurrentSchedule(schedule), clock).tuning(FAST)
                .announcing(Rehearsals.consoleSettings(Duration.ofMinutes(10)), List.of(sink),
                        AnnouncementObserver.NONE)
                .start();
        open.add(pipeline);
        return new Instance(database, pipeline, sink);
    }

    @Test
    void anInstanceThatDiesMidPostIsTakenOverByTheOtherWithoutASecondMessage() throws Exception {
        Schedule one = TestConference.in("America/Los_Angeles").talk("sean", "2018-06-14T11:25", "ll21ab").build();
        SimulatedClock clock = Rehearsals.at("2018-06-14T11:19:58", 1);
        Instance a = stallingInstance("a", one, clock);
        Instance b = stallingInstance("b", one, clock);

        await().atMost(Duration.ofSeconds(20)).until(() -> posts.size() == 1);
        Instance dying = a.sink().attempts() == 1 ? a : b;
        Instance survivor = dying == a ? b : a;
        survivor.sink().stallingAfterPosting(0);
        dying.pipeline().halt(); // killed while the platform holds its post: the ledger never hears "sent"
        dying.database().close();
        dying.sink().failHungPosts(new IllegalStateException("the killed process is gone"));

        await().atMost(Duration.ofSeconds(40)).until(() -> survivor.sink().attempts() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> posts.size() == 1);
        assertThat(survivor.sink().keysAsked()).singleElement().satisfies(key -> {
            assertThat(key.value()).isEqualTo(dying.sink().keysAsked().get(0).value());
            assertThat(key.earlierAttemptSince()).isPresent();
        });
        assertThat(posts).singleElement().extracting(RecordingSink.Post::instance)
                .isEqualTo(dying.sink().posts().get(0).instance());
    }

    @Test
    void triggersAnInstanceAcquiredAreHandedBackWhenItStops() throws Exception {
        JobPipeline a = instance("a", manyTalks(), Rehearsals.at("2018-06-14T09:00:00", 1));
        a.close(); // its triggers stay in the database, waiting
        AnnouncementDatabase database = database();
        List<String> triggers = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                var rows = s.executeQuery("SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS ORDER BY TRIGGER_NAME")) {
            while (rows.next()) {
                triggers.add(rows.getString(1));
            }
        }
        assertThat(triggers).hasSizeGreaterThan(2);
        // What Quartz leaves behind when it is halted right after acquiring: one trigger acquired by the stopped
        // instance, one by an instance still running.
        acquire(database, triggers.get(0), "stopped-1");
        acquire(database, triggers.get(1), "running-2");

        int released = QuartzSchedulers.releaseAcquired(database.dataSource(), QuartzSchedulers.schedulerName(Platform.CONSOLE),
                "stopped-1");

        assertThat(released).isEqualTo(1);
        assertThat(state(database, triggers.get(0))).isEqualTo("WAITING");
        assertThat(state(database, triggers.get(1))).isEqualTo("ACQUIRED");
        assertThat(firedBy(database)).containsExactly("running-2");
    }

    private static void acquire(AnnouncementDatabase database, String trigger, String instance) throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE QRTZ_TRIGGERS SET TRIGGER_STATE = 'ACQUIRED' WHERE TRIGGER_NAME = '" + trigger
                    + "'");
            s.executeUpdate("INSERT INTO QRTZ_FIRED_TRIGGERS (SCHED_NAME, ENTRY_ID, TRIGGER_NAME, TRIGGER_GROUP, "
                    + "INSTANCE_NAME, FIRED_TIME, SCHED_TIME, PRIORITY, STATE) SELECT SCHED_NAME, '" + instance
                    + "-entry', TRIGGER_NAME, TRIGGER_GROUP, '" + instance + "', 0, 0, 5, 'ACQUIRED' FROM QRTZ_TRIGGERS"
                    + " WHERE TRIGGER_NAME = '" + trigger + "'");
        }
    }

    private static String state(AnnouncementDatabase database, String trigger) throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                var rows = s.executeQuery("SELECT TRIGGER_STATE FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = '" + trigger
                        + "'")) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static List<String> firedBy(AnnouncementDatabase database) throws Exception {
        List<String> instances = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                var rows = s.executeQuery("SELECT INSTANCE_NAME FROM QRTZ_FIRED_TRIGGERS")) {
            while (rows.next()) {
                instances.add(rows.getString(1));
            }
        }
        return instances;
    }
}
