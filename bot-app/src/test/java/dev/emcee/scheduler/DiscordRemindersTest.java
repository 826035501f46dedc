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
import dev.emcee.discord.DiscordConnection;
import dev.emcee.discord.DiscordConnector;
import dev.emcee.discord.DiscordParts;
import dev.emcee.discord.DiscordSettings;
import dev.emcee.discord.fake.FakeDiscord;
import dev.emcee.discord.fake.Payloads;
import dev.emcee.sources.testing.BundledSchedule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reminders on Discord end to end: the real JDA against a local Discord (REST and gateway), the reminder machinery
 * on the embedded database, and a simulated clock; questions asked in a direct message with Emcee.
 */
@Timeout(120)
class DiscordRemindersTest {
    /** The demo's label for Kyle Kingsbury's untitled session: speaker and topic. */
    private static final String KYLE_TALK = "Kyle Kingsbury on Resilient, Performant & Secure Distributed Systems";
    private static final String DM_MESSAGES = "channels/" + Payloads.DM_CHANNEL_ID + "/messages";

    @TempDir
    Path data;
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger messageIds = new AtomicInteger(950);
    private FakeDiscord discord;
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
        discord = new FakeDiscord();
        open.add(discord);
        clock = new SimulatedClock(Clock.systemUTC(), at(local), speed);
        schedule = new CurrentSchedule(BundledSchedule.load());
        Emcee emcee = new Emcee(schedule, clock, AnsweringOptions.defaults(), Ticker.systemTicker());
        PlatformStart<DiscordConnection> started = DiscordConnector.start(DiscordParts.of(new DiscordSettings(null,
                null, null, null, discord.apiUrl(), discord.gatewayUrl()), discord.environment(), emcee, schedule,
                Agendas.on(emcee)));
        DiscordConnection bot = ((PlatformStart.Started<DiscordConnection>) started).connection();
        open.add(bot);
        await().atMost(Duration.ofSeconds(10)).until(bot::isConnected);
        database = AnnouncementDatabase.open(DatabaseSettings.embedded(), data);
        open.add(database);
        JobPipeline reminders = JobPipeline.on(database, schedule, clock).tuning(Rehearsals.FAST)
                .reminding(AgendaSettings.defaults(), List.of(bot)).start();
        open.add(reminders);
        emcee.keepAgendas(reminders.agendaStore().orElseThrow(), AgendaSettings.defaults());
    }

    /** Asks in the DM with Emcee and waits for the answer's title. */
    private String ask(String question) {
        int before = titles().size();
        discord.dispatch("MESSAGE_CREATE", Payloads.directMessage(String.valueOf(messageIds.incrementAndGet()),
                Payloads.user(Payloads.USER_ID, "Ada", false), question));
        await().atMost(Duration.ofSeconds(10)).until(() -> titles().size() > before);
        return titles().get(before);
    }

    /** The titles (or descriptions) of everything posted in Ada's DM, in order. */
    private List<String> titles() {
        return discord.requests(r -> r.is("POST", DM_MESSAGES)).stream()
                .map(r -> r.json().getArray("embeds").getObject(0))
                .map(e -> e.getString("title", e.getString("description", ""))).toList();
    }

    private List<String> reminders() {
        return titles().stream().filter(t -> t.startsWith("Reminder:")).toList();
    }

    @Test
    void theReminderArrivesAtTheRightSimulatedMomentOnce() throws Exception {
        start("2018-06-14T15:29:30", 10);

        assertThat(ask("remind me about Kyle Kingsbury's talk")).isEqualTo("Added to your agenda");

        Instant arrived = await().atMost(Duration.ofSeconds(20)).until(() -> reminders().isEmpty() ? null
                : clock.instant(), Objects::nonNull);
        assertThat(arrived).isBetween(at("2018-06-14T15:30"), at("2018-06-14T15:30:30"));
        assertThat(reminders()).containsExactly("Reminder: starting in 10 minutes: " + KYLE_TALK);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> reminders().size() == 1);
    }

    @Test
    void aMovedSessionGivesOneChangeMessageAndARemindAtTheNewTimeOnlyThenForgetMeLeavesNoRow() throws Exception {
        start("2018-06-14T15:28:30", 60);
        ask("remind me about Kyle Kingsbury's talk");

        schedule.replace(AgendaFixtures.kyleMovedTo(schedule.get(), at("2018-06-14T15:45")));

        await().atMost(Duration.ofSeconds(10)).until(() -> titles().contains("Schedule change"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !reminders().isEmpty());
        assertThat(clock.instant()).isAfter(at("2018-06-14T15:35"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> reminders().size() == 1);
        assertThat(titles()).containsExactly("Added to your agenda", "Schedule change",
                "Reminder: starting in 10 minutes: " + KYLE_TALK);

        assertThat(ask("forget me")).startsWith("Done: I deleted everything I kept about you (1 bookmark");
        assertThat(AgendaFixtures.rowsOf(database.dataSource(), "discord", Payloads.USER_ID)).isZero();
        assertThat(AgendaFixtures.reminderJobs(database.dataSource())).isZero();
    }
}
