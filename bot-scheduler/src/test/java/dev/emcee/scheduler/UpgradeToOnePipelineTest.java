package dev.emcee.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.core.agenda.AgendaSettings;
import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.agenda.ReminderKey;
import dev.emcee.core.notice.SessionReminder;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.time.SimulatedClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database of the version before the one pipeline (schema V3: two ledgers, two Quartz schedulers), with what the
 * old code left in it (an announcement and a reminder sent, a reminder job waiting), upgraded by the new version:
 * nothing sent before is sent again, and the waiting job still runs, once.
 */
@Timeout(90)
class UpgradeToOnePipelineTest {
    private static final AgendaUser ALICE = new AgendaUser(Platform.CONSOLE, "alice");

    @TempDir
    Path data;
    private final OldDatabases.Opened open = new OldDatabases.Opened();
    private final List<RecordingSink.Post> posts = new CopyOnWriteArrayList<>();
    private final List<RecordingDirectSink.Sent> sent = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        open.close();
    }

    @Test
    void anEmbeddedDatabaseUpgradesWithoutSendingAnythingAgain() throws Exception {
        OldDatabases.embedded(data, this::upgrade);
    }

    @Test
    void aSharedPostgresDatabaseUpgradesWithoutSendingAnythingAgain() throws Exception {
        OldDatabases.postgres(open, this::upgrade);
    }

    private void upgrade(DataSource old, boolean postgres, DatabaseSettings settings) throws Exception {
        AnnouncementDatabase.migrations(old, postgres).target("3").load().migrate();
        SimulatedClock clock = Rehearsals.at("2018-06-14T11:19:58", 60);
        ReminderKey nextReminder = new ReminderKey(ALICE, new SessionId("next"),
                Rehearsals.instant("2018-06-14T11:28"), Duration.ofMinutes(10));
        try (Connection c = old.getConnection()) {
            leaveWhatTheOldVersionLeft(c, clock, nextReminder);
        }

        AnnouncementDatabase database = AnnouncementDatabase.open(settings, data);
        open.add(database);
        assertThat(schedulerNames(database)).containsOnly(QuartzSchedulers.schedulerName(Platform.CONSOLE));
        JobPipeline pipeline = JobPipeline.on(database, new CurrentSchedule(Rehearsals.TWO_TALKS), clock)
                .tuning(Rehearsals.FAST)
                .announcing(Rehearsals.consoleSettings(Duration.ofMinutes(10)),
                        List.of(new RecordingSink(Platform.CONSOLE, "new", posts)), AnnouncementObserver.NONE)
                .reminding(new AgendaSettings(true, Duration.ofMinutes(10), Duration.ofMinutes(10)),
                        List.of(new RecordingDirectSink("new", sent)))
                .start();
        open.add(pipeline);

        // "next" is announced at 11:23, about five real seconds on; its reminder (the old job) is late: at once.
        await().atMost(Duration.ofSeconds(30)).until(() -> !posts.isEmpty() && !sent.isEmpty());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> posts.size() == 1 && sent.size() == 1);
        assertThat(posts).singleElement().satisfies(p -> assertThat(((dev.emcee.core.notice.SessionsStarting)
                p.notice()).sessions()).extracting(s -> s.id()).containsExactly("next"));
        assertThat(sent).singleElement().satisfies(s -> assertThat(((SessionReminder) s.notice()).session().id())
                .isEqualTo("next"));
        assertThat(new Ledger(database.dataSource()).entries()).extracting(e -> e.key().session().value())
                .containsExactlyInAnyOrder("sean", "next");
    }

    /** Rows as the old version wrote them: its ledgers, a bookmark and a waiting reminder job of its own scheduler. */
    private static void leaveWhatTheOldVersionLeft(Connection c, SimulatedClock clock, ReminderKey waiting)
            throws Exception {
        long start = Rehearsals.instant("2018-06-14T11:25").getEpochSecond();
        long sentAt = Rehearsals.instant("2018-06-14T11:20").toEpochMilli();
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO announcement_ledger (session_id, start_epoch_second, lead_seconds, platform, "
                    + "channel, state, claimed_by, claimed_at, sent_at, label) VALUES ('sean', " + start + ", 300, "
                    + "'console', 'console', 'SENT', 'old/1', " + sentAt + ", " + sentAt + ", 'Sean')");
            s.executeUpdate("INSERT INTO reminder_ledger (platform, user_id, session_id, start_epoch_second, "
                    + "lead_seconds, state, claimed_by, claimed_at, sent_at) VALUES ('console', 'alice', 'sean', "
                    + start + ", 600, 'SENT', 'old/2', " + sentAt + ", " + sentAt + ")");
            s.executeUpdate("INSERT INTO agenda_bookmark (platform, user_id, session_id, created_at) VALUES "
                    + "('console', 'alice', 'sean', 0), ('console', 'alice', 'next', 1)");
        }
        PlannedJob job = new PlannedJob.Reminder(waiting);
        long planned = clock.realInstantOf(job.fireAt()).toEpochMilli();
        try (PreparedStatement detail = c.prepareStatement("INSERT INTO QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, "
                + "JOB_GROUP, JOB_CLASS_NAME, IS_DURABLE, IS_NONCONCURRENT, IS_UPDATE_DATA, REQUESTS_RECOVERY, "
                + "JOB_DATA) VALUES ('emcee-reminders', ?, 'emcee-reminders', 'dev.emcee.scheduler.ReminderJob', "
                + "FALSE, FALSE, FALSE, TRUE, ?)");
                PreparedStatement trigger = c.prepareStatement("INSERT INTO QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, "
                        + "TRIGGER_GROUP, JOB_NAME, JOB_GROUP, NEXT_FIRE_TIME, PREV_FIRE_TIME, PRIORITY, "
                        + "TRIGGER_STATE, TRIGGER_TYPE, START_TIME, END_TIME, MISFIRE_INSTR, JOB_DATA) VALUES "
                        + "('emcee-reminders', ?, 'emcee-reminders', ?, 'emcee-reminders', ?, -1, 5, 'WAITING', "
                        + "'SIMPLE', ?, 0, 1, ?)");
                PreparedStatement simple = c.prepareStatement("INSERT INTO QRTZ_SIMPLE_TRIGGERS (SCHED_NAME, "
                        + "TRIGGER_NAME, TRIGGER_GROUP, REPEAT_COUNT, REPEAT_INTERVAL, TIMES_TRIGGERED) VALUES "
                        + "('emcee-reminders', ?, 'emcee-reminders', 0, 0, 0)")) {
            StringBuilder properties = new StringBuilder();
            job.data().forEach((k, v) -> properties.append(k).append('=').append(v).append('\n'));
            detail.setString(1, job.name());
            detail.setBytes(2, properties.toString().getBytes(StandardCharsets.ISO_8859_1));
            detail.executeUpdate();
            trigger.setString(1, job.name());
            trigger.setString(2, job.name());
            trigger.setLong(3, planned);
            trigger.setLong(4, planned);
            trigger.setBytes(5, ("plannedRealMillis=" + planned + "\n").getBytes(StandardCharsets.ISO_8859_1));
            trigger.executeUpdate();
            simple.setString(1, job.name());
            simple.executeUpdate();
        }
    }

    private static List<String> schedulerNames(AnnouncementDatabase database) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT SCHED_NAME, JOB_CLASS_NAME FROM QRTZ_JOB_DETAILS")) {
            while (r.next()) {
                assertThat(r.getString(2)).isEqualTo(PipelineJob.class.getName());
                names.add(r.getString(1));
            }
        }
        assertThat(names).isNotEmpty();
        return names;
    }
}
