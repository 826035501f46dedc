package dev.emcee.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.benmanes.caffeine.cache.Ticker;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.emcee.core.AnsweringOptions;
import dev.emcee.core.Emcee;
import dev.emcee.core.InMemoryInboundClaims;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.connection.PlatformStart;
import dev.emcee.core.notice.Broadcast;
import dev.emcee.core.organize.InMemoryBroadcastStore;
import dev.emcee.core.organize.InMemoryOverrideStore;
import dev.emcee.core.organize.OrganizerDesk;
import dev.emcee.core.organize.Organizers;
import dev.emcee.core.organize.ScheduleOverlay;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.core.testing.OneChannelPoster;
import dev.emcee.slack.render.ConfirmButtons;
import dev.emcee.sources.testing.BundledSchedule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Organizers on Slack through the real Bolt over Socket Mode against a local Slack: an organizer's announcement is
 * previewed privately, posted once to the digest channel on Confirm (however often it is clicked), and pings
 * nobody; an organizer's move follows its Confirm button; anyone else is refused.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlackOrganizerTest {
    private static final String KYLE = "velocity-sj-2018-ds-1540";
    private static final String DIGEST = "C0DIGEST";
    private static final String ROOM_CHANNEL = "C0LL21";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private FakeSlack slack;
    private SlackConnection connection;
    private CurrentSchedule served;

    @BeforeEach
    void connect() throws Exception {
        slack = new FakeSlack();
        CurrentSchedule source = new CurrentSchedule(BundledSchedule.load());
        served = new CurrentSchedule(source.get());
        Emcee emcee = new Emcee(served, BundledConference.clockAt("2018-06-14T15:20"), AnsweringOptions.defaults(),
                Ticker.systemTicker());
        slack.userGroup("S0STAFF", "U0STAFF", "U0ORGANIZER");
        OrganizerDesk desk = new OrganizerDesk(new Organizers(Map.of(Platform.SLACK, Set.of("U0ORGANIZER")),
                Map.of(Platform.SLACK, Set.of("S0STAFF"))),
                new ScheduleOverlay(source, served, new InMemoryOverrideStore()), Ticker.systemTicker());
        desk.broadcastThrough(new InMemoryBroadcastStore(), new OneChannelPoster(() -> connection, DIGEST,
                Map.of(new RoomId("ll21ab"), ROOM_CHANNEL)));
        emcee.organizeWith(desk);
        PlatformStart<SlackConnection> start = SlackLauncher.start(new SlackParts(new SlackSettings("/emcee", null,
                slack.apiUrl()), Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_APP_TOKEN", FakeSlack.APP_TOKEN),
                emcee, Agendas.off(), new InMemoryInboundClaims(java.time.Clock.systemUTC()), Set.of("S0STAFF")));
        connection = ((PlatformStart.Started<SlackConnection>) start).connection();
        await().atMost(WAIT).until(slack.socketMode()::hasClient);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
        slack.close();
    }

    private JsonObject ack(String envelopeId) {
        return await().atMost(WAIT).until(() -> slack.socketMode().ack(envelopeId), Optional::isPresent)
                .orElseThrow().getAsJsonObject("payload");
    }

    private JsonObject response(String id) {
        return await().atMost(WAIT).until(() -> slack.responses().stream()
                .filter(r -> r.get("_url").getAsString().endsWith("/" + id)).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** The value of the Confirm button in a reply's blocks. */
    private static String confirmValue(JsonObject reply) {
        for (var block : reply.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if ("actions".equals(b.get("type").getAsString())) {
                JsonObject button = b.getAsJsonArray("elements").get(0).getAsJsonObject();
                assertThat(button.get("action_id").getAsString()).isEqualTo(ConfirmButtons.ACTION_ID);
                return button.get("value").getAsString();
            }
        }
        throw new AssertionError("no Confirm button in " + reply);
    }

    private List<Map<String, String>> digestPosts() {
        return slack.posts().stream().filter(p -> DIGEST.equals(p.get("channel"))).toList();
    }

    @Test
    void someoneWhoIsNotAnOrganizerIsRefused() {
        slack.socketMode().send(SlackPayloads.slashCommandEnvelope("r1", "/emcee", "public announce: free beer",
                "U0ATTENDEE"));

        JsonObject reply = ack("r1");
        assertThat(reply.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(reply.getAsJsonArray("blocks").toString())
                .contains("Only the conference's organizers can make announcements.").doesNotContain("actions");
        assertThat(digestPosts()).isEmpty();
    }

    @Test
    void anOrganizersAnnouncementIsPostedOnceThoughConfirmedTwice() {
        slack.socketMode().send(SlackPayloads.slashCommandEnvelope("a1", "/emcee",
                "announce: Lunch is served in the atrium <!channel>", "U0ORGANIZER"));
        JsonObject preview = ack("a1");
        assertThat(preview.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(preview.getAsJsonArray("blocks").toString()).contains("Post this announcement?",
                "to: slack:" + DIGEST);
        String value = confirmValue(preview);
        assertThat(digestPosts()).isEmpty();

        slack.socketMode().send(SlackPayloads.buttonClickEnvelope("a2", "U0ORGANIZER", ConfirmButtons.ACTION_ID,
                value, slack.responseUrl("a2"), true));
        assertThat(response("a2").getAsJsonArray("blocks").toString()).contains("Announced.");
        slack.socketMode().send(SlackPayloads.buttonClickEnvelope("a3", "U0ORGANIZER", ConfirmButtons.ACTION_ID,
                value, slack.responseUrl("a3"), true));
        assertThat(response("a3").getAsJsonArray("blocks").toString()).contains("already posted");

        Map<String, String> post = await().atMost(WAIT).until(this::digestPosts, p -> !p.isEmpty()).get(0);
        assertThat(post.get("blocks")).contains(Broadcast.HEADING, "Lunch is served in the atrium");
        assertThat(post.get("text") + post.get("blocks")).doesNotContain("<!channel>");
        assertThat(JsonParser.parseString(post.get("blocks")).toString()).contains("&lt;!channel&gt;");
        assertThat(digestPosts()).hasSize(1);
    }

    @Test
    void anAnnouncementInARoomIsPostedToTheRoomsChannelOnly() {
        slack.socketMode().send(SlackPayloads.slashCommandEnvelope("n1", "/emcee",
                "announce in LL21 A/B: Doors close in 5 minutes", "U0ORGANIZER"));
        JsonObject preview = ack("n1");
        assertThat(preview.getAsJsonArray("blocks").toString()).contains("Post this announcement in LL21 A/B?",
                "to: slack:" + ROOM_CHANNEL);

        slack.socketMode().send(SlackPayloads.buttonClickEnvelope("n2", "U0ORGANIZER", ConfirmButtons.ACTION_ID,
                confirmValue(preview), slack.responseUrl("n2"), true));
        assertThat(response("n2").getAsJsonArray("blocks").toString()).contains("Announced.");

        Map<String, String> post = await().atMost(WAIT).until(() -> slack.posts().stream()
                .filter(p -> ROOM_CHANNEL.equals(p.get("channel"))).toList(), p -> !p.isEmpty()).get(0);
        assertThat(post.get("blocks")).contains(Broadcast.HEADING, "Doors close in 5 minutes");
        assertThat(digestPosts()).isEmpty();
    }

    @Test
    void anOrganizerMovesASessionWithTheConfirmButton() {
        slack.socketMode().send(SlackPayloads.slashCommandEnvelope("m1", "/emcee",
                "move Kyle Kingsbury's talk to 4:00pm", "U0ORGANIZER"));
        String value = confirmValue(ack("m1"));
        slack.socketMode().send(SlackPayloads.buttonClickEnvelope("m2", "U0ATTENDEE", ConfirmButtons.ACTION_ID,
                value, slack.responseUrl("m2"), true));
        assertThat(response("m2").getAsJsonArray("blocks").toString()).contains("Only the conference's organizers");
        assertThat(served.get().session(new SessionId(KYLE)).orElseThrow().start())
                .isEqualTo(BundledConference.at("2018-06-14T15:40"));

        slack.socketMode().send(SlackPayloads.buttonClickEnvelope("m3", "U0ORGANIZER", ConfirmButtons.ACTION_ID,
                value, slack.responseUrl("m3"), true));
        assertThat(response("m3").getAsJsonArray("blocks").toString()).contains("Moved.");
        assertThat(served.get().session(new SessionId(KYLE)).orElseThrow().start())
                .isEqualTo(BundledConference.at("2018-06-14T16:00"));
    }

    @Test
    void theMembersOfTheOrganizersUserGroupAreOrganizers() {
        slack.socketMode().send(SlackPayloads.slashCommandEnvelope("g1", "/emcee", "cancel Kyle Kingsbury's talk",
                "U0STAFF"));
        assertThat(ack("g1").getAsJsonArray("blocks").toString()).contains("Cancel this session?");
        slack.socketMode().send(SlackPayloads.slashCommandEnvelope("g2", "/emcee", "cancel Kyle Kingsbury's talk",
                "U0OUTSIDER"));
        assertThat(ack("g2").getAsJsonArray("blocks").toString()).contains("Only the conference's organizers");
        assertThat(slack.methodCalls().stream().filter("usergroups.users.list"::equals)).hasSize(1); // kept a while
    }
}
