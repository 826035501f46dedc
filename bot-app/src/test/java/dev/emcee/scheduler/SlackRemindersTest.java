package dev.emcee.scheduler;

import static dev.emcee.scheduler.AgendaFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.emcee.core.AnsweringOptions;
import dev.emcee.core.Emcee;
import dev.emcee.core.agenda.AgendaSettings;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.connection.PlatformStart;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.time.SimulatedClock;
import dev.emcee.slack.FakeSlack;
import dev.emcee.slack.SlackConnection;
import dev.emcee.slack.SlackLauncher;
import dev.emcee.slack.SlackParts;
import dev.emcee.slack.SlackPayloads;
import dev.emcee.slack.SlackSettings;
import dev.emcee.sources.testing.BundledSchedule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reminders on Slack end to end: the real Bolt over Socket Mode against a local Slack, the reminder machinery on the
 * embedded database, and a simulated clock. A person bookmarks by slash command and gets the DM at the right
 * simulated moment, once; a moved session gives one change DM and a reminder at the new time only; "forget me"
 * leaves no row behind.
 */
@Timeout(120)
class SlackRemindersTest {
    /** The demo's label for Kyle Kingsbury's untitled session (speaker and topic), escaped for Slack's mrkdwn. */
    private static final String KYLE_TALK = "Kyle Kingsbury on Resilient, Performant &amp; Secure Distributed Systems";
    private static final String ALICE = "U0ALICE";

    @TempDir
    Path data;
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();
    private FakeSlack slack;
    private CurrentSchedule schedule;
    private AnnouncementDatabase database;
    private SimulatedClock clock;

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private void start(String local, double speed) throws Exception {
        slack = new FakeSlack();
        open.add(slack);
        clock = new SimulatedClock(Clock.systemUTC(), at(local), speed);
        schedule = new CurrentSchedule(BundledSchedule.load());
        Emcee emcee = new Emcee(schedule, clock, AnsweringOptions.defaults(), Ticker.systemTicker());
        PlatformStart<SlackConnection> started = SlackLauncher.start(new SlackParts(new SlackSettings("/emcee", null, slack.apiUrl()),
                Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_APP_TOKEN", FakeSlack.APP_TOKEN), emcee, Agendas.on(emcee)));
        SlackConnection connection = ((PlatformStart.Started<SlackConnection>) started).connection();
        open.add(connection);
        database = AnnouncementDatabase.open(DatabaseSettings.embedded(), data);
        open.add(database);
        AgendaSettings settings = AgendaSettings.defaults();
        JobPipeline reminders = JobPipeline.on(database, schedule, clock).tuning(Rehearsals.FAST)
                .reminding(settings, List.of(connection)).start();
        open.add(reminders);
        emcee.keepAgendas(reminders.agendaStore().orElseThrow(), settings);
        await().atMost(Duration.ofSeconds(20)).until(slack.socketMode()::hasClient);
    }

    private String ask(String id, String question) {
        slack.socketMode().send(SlackPayloads.slashCommandEnvelope(id, "/emcee", question));
        return await().atMost(Duration.ofSeconds(20)).until(() -> slack.socketMode().ack(id), Optional::isPresent)
                .orElseThrow().getAsJsonObject("payload").toString();
    }

    private List<String> directMessages() {
        return slack.directMessagesTo(ALICE).stream().map(p -> p.get("text")).toList();
    }

    @Test
    void theReminderArrivesAtTheRightSimulatedMomentOnce() throws Exception {
        start("2018-06-14T15:29:30", 10);

        assertThat(ask("e1", "remind me about Kyle Kingsbury's talk")).contains("Added to your agenda");
        assertThat(directMessages()).isEmpty();

        Instant arrived = await().atMost(Duration.ofSeconds(20)).until(() -> directMessages().isEmpty() ? null
                : clock.instant(), java.util.Objects::nonNull);
        assertThat(arrived).isBetween(at("2018-06-14T15:30"), at("2018-06-14T15:30:30"));
        assertThat(directMessages()).containsExactly("Reminder: starting in 10 minutes: " + KYLE_TALK + ", "
                + "3:40pm PDT, LL21 A/B");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> directMessages().size() == 1);
    }

    @Test
    void aMovedSessionGivesOneChangeMessageAndARemindAtTheNewTimeOnlyThenForgetMeLeavesNoRow() throws Exception {
        start("2018-06-14T15:28:30", 60);
        ask("m1", "remind me about Kyle Kingsbury's talk");

        schedule.replace(AgendaFixtures.kyleMovedTo(schedule.get(), at("2018-06-14T15:45")));

        await().atMost(Duration.ofSeconds(10)).until(() -> directMessages().size() == 1);
        assertThat(directMessages().get(0)).isEqualTo("Schedule change: " + KYLE_TALK + " moved to "
                + KYLE_TALK + ", 3:45pm PDT, LL21 A/B");
        // The old moment (15:30) passes in about a second and a half; the new one (15:35) in about six and a half.
        await().atMost(Duration.ofSeconds(20)).until(() -> directMessages().size() == 2);
        assertThat(clock.instant()).isAfter(at("2018-06-14T15:35"));
        assertThat(directMessages().get(1)).startsWith("Reminder: starting in 10 minutes: " + KYLE_TALK + ", "
                + "3:45pm PDT");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> directMessages().size() == 2);

        assertThat(AgendaFixtures.rowsOf(database.dataSource(), "slack", ALICE)).isGreaterThanOrEqualTo(3);
        assertThat(ask("m2", "forget me")).contains("Done: I deleted everything I kept about you (1 bookmark");
        assertThat(AgendaFixtures.rowsOf(database.dataSource(), "slack", ALICE)).isZero();
        assertThat(AgendaFixtures.reminderJobs(database.dataSource())).isZero();
    }
}
