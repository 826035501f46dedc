package dev.emcee.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.emcee.core.AnsweringOptions;
import dev.emcee.core.Emcee;
import dev.emcee.core.announce.TestConference;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.connection.PlatformStart;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.SessionKind;
import dev.emcee.discord.DiscordConnection;
import dev.emcee.discord.DiscordConnector;
import dev.emcee.discord.DiscordParts;
import dev.emcee.discord.DiscordSettings;
import dev.emcee.discord.ScheduledEventsSettings;
import dev.emcee.discord.fake.FakeDiscord;
import dev.emcee.discord.fake.Payloads;
import dev.emcee.discord.fake.RecordedRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's Events list end to end: the real JDA against the local Discord, the job pipeline on the embedded
 * database, the real clock (Discord, and JDA before it, take only future starts). One event per session, an update
 * when a session moves, a delete when it is cancelled, and someone else's event never touched. (Two instances on
 * one PostgreSQL: {@code EventsListPostgresTest}; two processes killed at random: the chaos run.)
 */
@Timeout(120)
class DiscordEventsListTest {
    private static final Instant SOON = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);

    @TempDir
    Path data;
    private final List<AutoCloseable> open = new ArrayList<>();
    private FakeDiscord discord;
    private CurrentSchedule schedule;

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private static Schedule talks(Duration seanLater, boolean withNext) {
        TestConference conference = TestConference.in("America/Los_Angeles")
                .sessionAt("sean", SOON.plus(seanLater), 40, "ll21ab", SessionKind.TALK, true)
                .sessionAt("lunch", SOON.plus(Duration.ofHours(1)), 60, "ll21ab", SessionKind.MEAL, false);
        return (withNext ? conference.sessionAt("next", SOON.plus(Duration.ofHours(2)), 40, "ll20d",
                SessionKind.TALK, true) : conference).build();
    }

    private void start(Schedule initial) throws Exception {
        discord = new FakeDiscord();
        open.add(discord);
        discord.grantManageEvents();
        schedule = new CurrentSchedule(initial);
        Emcee emcee = new Emcee(schedule, Clock.systemUTC(), AnsweringOptions.defaults(), Ticker.systemTicker());
        DiscordSettings settings = new DiscordSettings(null, Payloads.GUILD_ID, null, null, discord.apiUrl(),
                discord.gatewayUrl(), new ScheduledEventsSettings(true, null, null, null, null, null));
        PlatformStart<DiscordConnection> started = DiscordConnector.start(DiscordParts.of(settings,
                discord.environment(), emcee, schedule, Agendas.off()));
        DiscordConnection bot = ((PlatformStart.Started<DiscordConnection>) started).connection();
        open.add(bot);
        await().atMost(Duration.ofSeconds(10)).until(bot::isConnected);
        AnnouncementDatabase database = AnnouncementDatabase.open(DatabaseSettings.embedded(), data);
        open.add(database);
        open.add(JobPipeline.on(database, schedule, Clock.systemUTC()).tuning(Rehearsals.FAST)
                .keepingEvents(bot.keptEvents().orElseThrow()).start());
    }

    private int count(String method) {
        return discord.scheduledEventRequests(method).size();
    }

    private void settles(int creates, int updates, int deletes) {
        await().atMost(Duration.ofSeconds(20)).until(() -> count("POST") >= creates && count("PATCH") >= updates
                && count("DELETE") >= deletes);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).until(() -> count("POST") == creates
                && count("PATCH") == updates && count("DELETE") == deletes);
    }

    private List<String> names() {
        return discord.scheduledEvents().stream().map(e -> e.getString("name")).toList();
    }

    @Test
    void theListFollowsTheScheduleAndLeavesOthersEventsAlone() throws Exception {
        start(talks(Duration.ZERO, true));
        String meetup = discord.seedScheduledEvent(Payloads.USER_ID, "Community meetup", "Bring snacks", SOON);

        settles(2, 0, 0);
        assertThat(names()).containsExactly("Community meetup", "Talk sean", "Talk next");
        DataObject sean = discord.scheduledEvents().get(1);
        assertThat(sean.getObject("entity_metadata").getString("location")).isEqualTo("LL21 A/B");
        assertThat(sean.getString("description")).contains("Speaker: Sean Allen (Wallaroo Labs)",
                "https://example.org/sean").containsPattern("Emcee · sean · [0-9a-f]{16}$");

        schedule.replace(talks(Duration.ofMinutes(30), true));
        settles(2, 1, 0);
        assertThat(Instant.parse(discord.scheduledEvents().get(1).getString("scheduled_start_time")
                .replace("+00:00", "Z"))).isEqualTo(SOON.plus(Duration.ofMinutes(30)));

        schedule.replace(talks(Duration.ofMinutes(30), false));
        settles(2, 1, 1);
        assertThat(names()).containsExactly("Community meetup", "Talk sean");
        assertThat(discord.requests()).extracting(RecordedRequest::path)
                .noneMatch(path -> path.endsWith("/" + meetup));
    }
}
