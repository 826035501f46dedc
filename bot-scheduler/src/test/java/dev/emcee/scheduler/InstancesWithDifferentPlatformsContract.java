package dev.emcee.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.announce.AnnouncementSettings.PlatformChannels;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.testing.LogCapture;
import dev.emcee.core.time.SimulatedClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on one database that serve different platforms, as in a rolling deploy whose second instance had its
 * Slack token refused: the first announces on Slack, the second (Slack refused) on its console, and Discord is
 * configured but served by neither. Neither undoes the other's plan, and each platform's jobs fire only where they
 * can be posted. Real Quartz, on a simulated clock.
 */
@Timeout(90)
abstract class InstancesWithDifferentPlatformsContract {
    private static final AnnouncementSettings SETTINGS = new AnnouncementSettings(null, null,
            Duration.ofMinutes(10), null, null, Map.of("slack", new PlatformChannels("C-DIGEST", null, null),
                    "discord", new PlatformChannels("D-DIGEST", null, null)));

    @TempDir
    Path data;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<RecordingSink.Post> posts = new CopyOnWriteArrayList<>();

    /** The database both instances share. */
    abstract DatabaseSettings settings();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void anInstanceThatCannotServeSlackLeavesTheSlackPlanAlone() throws Exception {
        SimulatedClock clock = Rehearsals.at("2018-06-14T11:00", 1); // nothing is due for twenty minutes
        JobPipeline slack = instance(Platform.SLACK, "with-slack", new CurrentSchedule(Rehearsals.TWO_TALKS), clock);
        assertThat(waiting(Platform.SLACK)).isEqualTo(2);

        CurrentSchedule consoleSchedule = new CurrentSchedule(Rehearsals.TWO_TALKS);
        try (LogCapture log = LogCapture.of(JobPipeline.class)) {
            JobPipeline console = instance(Platform.CONSOLE, "slack-refused", consoleSchedule, clock);
            consoleSchedule.replace(Rehearsals.TWO_TALKS); // a reload re-plans too

            assertThat(console.servedPlatforms()).containsExactly(Platform.CONSOLE);
            assertThat(log.messages()).contains(
                    "Announcements scheduled: 2 due, 2 added, 0 retimed, 0 removed",
                    "Leaving 2 announcements for slack to the instances that serve it (no slack connection here)",
                    "Leaving 2 announcements for discord to the instances that serve it (no discord connection here)");
        }
        assertThat(waiting(Platform.SLACK)).as("the first instance's Slack announcements").isEqualTo(2);
        assertThat(waiting(Platform.CONSOLE)).isEqualTo(2);
        assertThat(waiting(Platform.DISCORD)).as("no instance serves Discord: nothing plans it").isZero();
        assertThat(slack.servedPlatforms()).containsExactly(Platform.SLACK);
    }

    @Test
    void eachPlatformsAnnouncementsAreFiredOnlyByAnInstanceThatServesIt() {
        SimulatedClock clock = Rehearsals.at("2018-06-14T11:19:58", 60); // 11:20 and 11:23 come within seconds
        instance(Platform.SLACK, "with-slack", new CurrentSchedule(Rehearsals.TWO_TALKS), clock);
        instance(Platform.CONSOLE, "slack-refused", new CurrentSchedule(Rehearsals.TWO_TALKS), clock);

        await().atMost(Duration.ofSeconds(40)).until(() -> posts.size() >= 4);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> posts.size() == 4);
        assertThat(posts).extracting(p -> p.instance() + " " + p.channel() + " " + announced(p))
                .containsExactlyInAnyOrder("with-slack C-DIGEST sean", "with-slack C-DIGEST next",
                        "slack-refused console sean", "slack-refused console next");
    }

    private JobPipeline instance(Platform platform, String name, CurrentSchedule schedule, SimulatedClock clock) {
        AnnouncementDatabase database = AnnouncementDatabase.open(settings(), data);
        open.add(database);
        JobPipeline pipeline = JobPipeline.on(database, schedule, clock).tuning(Rehearsals.FAST)
                .announcing(SETTINGS, List.of(new RecordingSink(platform, name, posts)), AnnouncementObserver.NONE)
                .start();
        open.add(pipeline);
        return pipeline;
    }

    private static String announced(RecordingSink.Post post) {
        return ((SessionsStarting) post.notice()).sessions().get(0).id();
    }

    /** The announcement jobs waiting in a platform's scheduler. */
    private int waiting(Platform platform) throws Exception {
        try (AnnouncementDatabase database = AnnouncementDatabase.open(settings(), data);
                Connection c = database.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = ? "
                        + "AND JOB_GROUP = ?")) {
            s.setString(1, QuartzSchedulers.schedulerName(platform));
            s.setString(2, QuartzTimetable.group(JobKind.ANNOUNCEMENT));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
