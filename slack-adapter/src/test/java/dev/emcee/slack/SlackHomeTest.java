package dev.emcee.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.benmanes.caffeine.cache.Ticker;
import com.google.gson.JsonObject;
import dev.emcee.core.AnsweringOptions;
import dev.emcee.core.Emcee;
import dev.emcee.core.InMemoryInboundClaims;
import dev.emcee.core.agenda.AgendaSettings;
import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.agenda.InMemoryAgendaStore;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.slack.render.BookmarkButtons;
import dev.emcee.sources.testing.BundledSchedule;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Slack's App Home through the real Bolt over Socket Mode against a local Slack: opening the Home tab publishes one
 * view with what's on now and next, the person's agenda with remove buttons, and help; it is published again when
 * their agenda or the schedule changes.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackHomeTest {
    private static final String KYLE = SlackAgendaTest.KYLE;
    private static final AgendaUser ALICE = SlackAgendaTest.ALICE;
    private static final Duration WAIT = SlackAgendaTest.WAIT;

    private final InMemoryAgendaStore store = new InMemoryAgendaStore();
    private CurrentSchedule schedule;
    private SocketModeSlack local;
    private FakeSlack slack;

    @BeforeEach
    void connect() throws Exception {
        schedule = new CurrentSchedule(BundledSchedule.load());
        Emcee emcee = new Emcee(schedule, BundledConference.clockAt("2018-06-14T15:20"), AnsweringOptions.defaults(),
                Ticker.systemTicker());
        emcee.keepAgendas(store, AgendaSettings.defaults());
        local = SocketModeSlack.start(fake -> new SlackParts(new SlackSettings("/emcee", null, fake.apiUrl()),
                SocketModeSlack.TOKENS, emcee, Agendas.on(emcee), new InMemoryInboundClaims(Clock.systemUTC()),
                Set.of(), Optional.of(emcee)));
        slack = local.slack();
    }

    @AfterEach
    void close() throws Exception {
        local.close();
    }

    @Test
    void openingTheHomeTabPublishesOneHomeViewWithNowNextTheAgendaAndHelp() {
        store.add(ALICE, new SessionId(KYLE));

        slack.socketMode().send(SlackPayloads.eventEnvelope("h1", SlackPayloads.appHomeOpened("U0ALICE", "home")));

        JsonObject view = homes("U0ALICE", 1).get(0);
        assertThat(view.get("type").getAsString()).isEqualTo("home");
        assertThat(view.getAsJsonArray("blocks").size()).isLessThanOrEqualTo(100);
        assertThat(view.getAsJsonArray("blocks").toString()).contains("On now", "Up next", "Sean Allen",
                "Your agenda (1 session", SlackAgendaTest.KYLE_TALK, "remove:" + KYLE, "/emcee my agenda");
    }

    @Test
    void theSameOpeningDeliveredTwiceIsPublishedOnceAndTheMessagesTabNotAtAll() {
        String opened = SlackPayloads.eventEnvelope("d1", SlackPayloads.appHomeOpened("U0ALICE", "home"));
        slack.socketMode().send(opened);
        slack.socketMode().send(opened.replace("\"d1\"", "\"d2\""));
        slack.socketMode().send(SlackPayloads.eventEnvelope("d3", SlackPayloads.appHomeOpened("U0ALICE",
                "messages")));
        await().atMost(WAIT).until(() -> slack.socketMode().ack("d2").isPresent()
                && slack.socketMode().ack("d3").isPresent());

        slack.socketMode().send(SlackPayloads.eventEnvelope("d4", SlackPayloads.appHomeOpened("U0BOB", "home")));
        homes("U0BOB", 1); // publishes run in order on one thread: every earlier one is done

        assertThat(slack.homeViewsOf("U0ALICE")).hasSize(1);
    }

    @Test
    void aBookmarkAddedOnAMessageRepublishesTheHome() {
        slack.socketMode().send(SlackPayloads.eventEnvelope("a1", SlackPayloads.appHomeOpened("U0ALICE", "home")));
        assertThat(homes("U0ALICE", 1).get(0).toString()).contains(
                "Your agenda is empty").doesNotContain("remove:" + KYLE);

        slack.socketMode().send(SlackPayloads.buttonClickEnvelope("a2", "U0ALICE", BookmarkButtons.ON_CARD,
                "add:" + KYLE, slack.responseUrl("a2"), false));

        assertThat(homes("U0ALICE", 2).get(1).toString()).contains("Your agenda (1 session", "remove:" + KYLE);
    }

    @Test
    void theRemoveButtonOnTheHomeShrinksTheAgendaAndRepublishesTheHome() {
        store.add(ALICE, new SessionId(KYLE));
        slack.socketMode().send(SlackPayloads.eventEnvelope("r1", SlackPayloads.appHomeOpened("U0ALICE", "home")));
        assertThat(homes("U0ALICE", 1).get(0).toString()).contains("remove:" + KYLE);

        slack.socketMode().send(SlackPayloads.homeButtonClickEnvelope("r2", "U0ALICE", BookmarkButtons.ON_CARD,
                "remove:" + KYLE));

        assertThat(homes("U0ALICE", 2).get(1).toString()).doesNotContain("remove:" + KYLE);
        assertThat(store.bookmarks(ALICE)).isEmpty();
        assertThat(slack.responses()).as("a Home has no message to answer").isEmpty();
    }

    @Test
    void aScheduleChangeRepublishesTheHomeOfWhoeverOpenedItAndNobodyElse() {
        slack.socketMode().send(SlackPayloads.eventEnvelope("s1", SlackPayloads.appHomeOpened("U0ALICE", "home")));
        homes("U0ALICE", 1);

        schedule.replace(BundledSchedule.load());

        homes("U0ALICE", 2);
        assertThat(slack.publishedViews()).allMatch(v -> "U0ALICE".equals(v.get("user_id")));
    }

    private List<JsonObject> homes(String userId, int count) {
        return await().atMost(WAIT).until(() -> slack.homeViewsOf(userId), views -> views.size() >= count);
    }
}
