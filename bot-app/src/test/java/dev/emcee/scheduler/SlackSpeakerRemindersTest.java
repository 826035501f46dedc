package dev.emcee.scheduler;

import static dev.emcee.scheduler.AgendaFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.emcee.core.AnsweringOptions;
import dev.emcee.core.Emcee;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.connection.PlatformStart;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.platform.PlatformUser;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.core.schedule.SpeakerId;
import dev.emcee.core.time.SimulatedClock;
import dev.emcee.slack.FakeSlack;
import dev.emcee.slack.SlackConnection;
import dev.emcee.slack.SlackLauncher;
import dev.emcee.slack.SlackParts;
import dev.emcee.slack.SlackSettings;
import dev.emcee.sources.testing.BundledSchedule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speakers' reminders on Slack end to end: the real Bolt against a local Slack, the pipeline on the embedded
 * database and a simulated clock. Kyle Kingsbury, linked to a Slack member in the schedule, gets one direct message
 * fifteen minutes before his session, saying the session, its time and its room.
 */
@Timeout(120)
class SlackSpeakerRemindersTest {
    private static final String KYLE_TALK = "Kyle Kingsbury on Resilient, Performant &amp; Secure Distributed Systems";
    private static final String KYLE = "U0KYLE";

    @TempDir
    Path data;
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    /** The bundled conference with the speakers of Kyle Kingsbury's session linked to a Slack member. */
    private static Schedule kyleOnSlack() {
        Schedule bundled = BundledSchedule.load();
        Set<SpeakerId> his = Set.copyOf(bundled.session(new SessionId(AgendaFixtures.KYLE)).orElseThrow().speakers());
        List<Speaker> speakers = bundled.speakers().stream().map(s -> !his.contains(s.id()) ? s : new Speaker(s.id(),
                s.name(), s.affiliation(), s.bio(), List.of(new PlatformUser(Platform.SLACK, KYLE)))).toList();
        return new Schedule(bundled.conference(), bundled.rooms(), bundled.tracks(), speakers, bundled.sessions());
    }

    @Test
    void theSpeakerGetsOneDirectMessageWithTheSessionTimeAndRoom() throws Exception {
        FakeSlack slack = new FakeSlack();
        open.add(slack);
        SimulatedClock clock = new SimulatedClock(Clock.systemUTC(), at("2018-06-14T15:24:30"), 10);
        CurrentSchedule schedule = new CurrentSchedule(kyleOnSlack());
        Emcee emcee = new Emcee(schedule, clock, AnsweringOptions.defaults(), Ticker.systemTicker());
        PlatformStart<SlackConnection> started = SlackLauncher.start(new SlackParts(new SlackSettings("/emcee", null,
                slack.apiUrl()), Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_APP_TOKEN", FakeSlack.APP_TOKEN),
                emcee, Agendas.on(emcee)));
        SlackConnection connection = ((PlatformStart.Started<SlackConnection>) started).connection();
        open.add(connection);
        AnnouncementDatabase database = AnnouncementDatabase.open(DatabaseSettings.embedded(), data);
        open.add(database);
        open.add(JobPipeline.on(database, schedule, clock).tuning(Rehearsals.FAST)
                .remindingSpeakers(Duration.ofMinutes(15), Duration.ofMinutes(2), List.of(connection)).start());

        Instant arrived = await().atMost(Duration.ofSeconds(30)).until(() -> slack.directMessagesTo(KYLE).isEmpty()
                ? null : clock.instant(), java.util.Objects::nonNull);

        assertThat(arrived).isBetween(at("2018-06-14T15:25"), at("2018-06-14T15:25:30"));
        assertThat(slack.directMessagesTo(KYLE)).singleElement().satisfies(dm -> assertThat(dm.get("text"))
                .isEqualTo("Your session: starting in 15 minutes: " + KYLE_TALK + ", 3:40pm PDT, LL21 A/B"));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> slack.directMessagesTo(KYLE).size() == 1);
    }
}
