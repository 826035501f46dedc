package dev.emcee.discord;

import static dev.emcee.discord.fake.Payloads.BOT_ROLE_ID;
import static dev.emcee.discord.fake.Payloads.CHANNEL_ID;
import static dev.emcee.discord.fake.Payloads.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.emcee.core.AnsweringOptions;
import dev.emcee.core.Emcee;
import dev.emcee.core.notice.Broadcast;
import dev.emcee.core.organize.InMemoryBroadcastStore;
import dev.emcee.core.organize.InMemoryOverrideStore;
import dev.emcee.core.organize.OrganizerDesk;
import dev.emcee.core.organize.Organizers;
import dev.emcee.core.organize.ScheduleOverlay;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.core.testing.OneChannelPoster;
import dev.emcee.discord.fake.Payloads;
import dev.emcee.discord.fake.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Organizers on Discord through the real JDA against a local Discord: the members of the organizers' role announce
 * (after a preview and a Confirm button, posted once) and move sessions; anyone else is refused.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordOrganizerTest {
    private static final String KYLE = "velocity-sj-2018-ds-1540";

    private DiscordTestRig rig;
    private CurrentSchedule served;
    private DiscordConnection bot;

    @BeforeEach
    void connect() throws Exception {
        rig = new DiscordTestRig();
        served = new CurrentSchedule(rig.schedule.get());
        ScheduleOverlay overlay = new ScheduleOverlay(rig.schedule, served, new InMemoryOverrideStore());
        Emcee emcee = new Emcee(served, BundledConference.clockAt("2018-06-14T15:20"), AnsweringOptions.defaults(),
                Ticker.systemTicker());
        OrganizerDesk desk = new OrganizerDesk(new Organizers(Map.of(), Map.of(Platform.DISCORD, Set.of(BOT_ROLE_ID))),
                overlay, Ticker.systemTicker());
        desk.broadcastThrough(new InMemoryBroadcastStore(), new OneChannelPoster(() -> bot, CHANNEL_ID));
        emcee.organizeWith(desk);
        bot = rig.connectWithAgendas(rig.settings(null), emcee);
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    /** A member of the organizers' role. */
    private static DataObject organizer() {
        return Payloads.member(Payloads.user(USER_ID, "Ada", false)).put("roles", DataArray.empty().add(BOT_ROLE_ID));
    }

    private static DataObject data(RecordedRequest request) {
        return request.json().hasKey("data") ? request.json().getObject("data") : request.json();
    }

    /** The id of the Confirm button under a reply. */
    private static String confirmButton(RecordedRequest reply) {
        return data(reply).getArray("components").getObject(0).getArray("components").getObject(0)
                .getString("custom_id");
    }

    private List<RecordedRequest> posts() {
        return rig.discord.requests(r -> r.is("POST", "channels/" + CHANNEL_ID + "/messages"));
    }

    @Test
    void someoneOutsideTheRoleIsRefused() {
        String interaction = Payloads.interactionId();
        rig.discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(interaction, "announce",
                DataArray.empty().add(Payloads.stringOption("text", "free beer @everyone"))));

        RecordedRequest reply = rig.discord.awaitCallback(interaction);
        assertThat(data(reply).getInt("flags", 0) & 64).isEqualTo(64);
        assertThat(data(reply).getArray("embeds").getObject(0).getString("title"))
                .isEqualTo("Only the conference's organizers can make announcements.");
        assertThat(data(reply).optArray("components").map(DataArray::length).orElse(0)).isZero();
        assertThat(posts()).isEmpty();
    }

    @Test
    void anOrganizersAnnouncementIsPreviewedAndPostedOnceThoughConfirmedTwice() {
        String interaction = Payloads.interactionId();
        rig.discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(interaction, "announce",
                DataArray.empty().add(Payloads.stringOption("text", "Lunch is served in the atrium @everyone")))
                .put("member", organizer()));
        RecordedRequest preview = rig.discord.awaitCallback(interaction);
        assertThat(data(preview).getInt("flags", 0) & 64).isEqualTo(64);
        assertThat(data(preview).getArray("embeds").getObject(0).getString("title")).isEqualTo("Post this announcement?");
        String button = confirmButton(preview);
        assertThat(button).startsWith(ConfirmComponents.PREFIX + "b1|");
        assertThat(posts()).isEmpty();

        for (int i = 0; i < 2; i++) {
            String click = Payloads.interactionId();
            rig.discord.dispatch("INTERACTION_CREATE", Payloads.buttonClick(click, USER_ID, button, true)
                    .put("member", organizer()));
            String title = data(rig.discord.awaitCallback(click)).getArray("embeds").getObject(0).getString("title");
            assertThat(title).isEqualTo(i == 0 ? "Announced." : "That announcement was already posted, or its "
                    + "preview expired.");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> posts().size() == 1);
        DataObject posted = posts().get(0).json();
        assertThat(posted.getArray("embeds").getObject(0).getString("title")).isEqualTo(Broadcast.HEADING);
        assertThat(posted.getArray("embeds").getObject(0).getString("description"))
                .contains("Lunch is served in the atrium");
        assertThat(posted.toString()).doesNotContain("\"everyone\"");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> posts().size() == 1);
    }

    @Test
    void anOrganizerMovesASessionWithTheConfirmButton() {
        String interaction = Payloads.interactionId();
        rig.discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(interaction, "emcee",
                DataArray.empty().add(Payloads.stringOption("question", "move Kyle Kingsbury's talk to 4:00pm")))
                .put("member", organizer()));
        RecordedRequest preview = rig.discord.awaitCallback(interaction);
        assertThat(data(preview).getArray("embeds").getObject(0).getString("description"))
                .contains("now: Thu Jun 14, 4pm–4:40pm PDT · LL21 A/B");
        String button = confirmButton(preview);

        String click = Payloads.interactionId();
        rig.discord.dispatch("INTERACTION_CREATE", Payloads.buttonClick(click, USER_ID, button, true)
                .put("member", organizer()));
        assertThat(data(rig.discord.awaitCallback(click)).getArray("embeds").getObject(0).getString("title"))
                .isEqualTo("Moved.");
        assertThat(served.get().session(new SessionId(KYLE)).orElseThrow().start())
                .isEqualTo(BundledConference.at("2018-06-14T16:00"));
    }
}
