package dev.emcee.discord;

import static dev.emcee.discord.fake.Payloads.CHANNEL_ID;
import static dev.emcee.discord.fake.Payloads.DM_CHANNEL_ID;
import static dev.emcee.discord.fake.Payloads.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.emcee.core.AnsweringOptions;
import dev.emcee.core.Emcee;
import dev.emcee.core.agenda.AgendaSettings;
import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.agenda.InMemoryAgendaStore;
import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.SessionReminder;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.discord.fake.Payloads;
import dev.emcee.discord.fake.RecordedRequest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Personal agendas on Discord through the real JDA against a local Discord: answers about an agenda stay private,
 * bookmark buttons change the clicker's agenda and update their card, reminders go by direct message.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordAgendaTest {
    /** The demo's label for Kyle Kingsbury's untitled session: speaker and topic. */
    private static final String KYLE_TALK = "Kyle Kingsbury on Resilient, Performant & Secure Distributed Systems";
    private static final String KYLE = "velocity-sj-2018-ds-1540";
    private static final AgendaUser ADA = new AgendaUser(Platform.DISCORD, USER_ID);

    private final InMemoryAgendaStore store = new InMemoryAgendaStore();
    private DiscordTestRig rig;
    private DiscordConnection bot;

    @BeforeEach
    void connect() throws Exception {
        rig = new DiscordTestRig();
        Emcee emcee = new Emcee(rig.schedule, BundledConference.clockAt("2018-06-14T15:20"),
                AnsweringOptions.defaults(), Ticker.systemTicker());
        emcee.keepAgendas(store, AgendaSettings.defaults());
        DiscordSettings publicReplies = new DiscordSettings(null, null, ReplyVisibility.PUBLIC, null,
                rig.discord.apiUrl(), rig.discord.gatewayUrl());
        bot = rig.connectWithAgendas(publicReplies, emcee);
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    private static DataObject embed(RecordedRequest request) {
        DataObject json = request.json().hasKey("data") ? request.json().getObject("data") : request.json();
        return json.getArray("embeds").getObject(0);
    }

    private static String components(RecordedRequest request) {
        DataObject json = request.json().hasKey("data") ? request.json().getObject("data") : request.json();
        return json.optArray("components").map(DataArray::toString).orElse("[]");
    }

    @Test
    void aBookmarkByCommandIsEphemeralEvenWhereRepliesArePublic() {
        String interaction = Payloads.interactionId();
        rig.discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(interaction, "emcee",
                DataArray.empty().add(Payloads.stringOption("question", "remind me about Kyle Kingsbury's talk"))));

        RecordedRequest reply = rig.discord.awaitCallback(interaction);
        assertThat(reply.json().getObject("data").getInt("flags", 0) & 64).isEqualTo(64);
        assertThat(embed(reply).getString("title")).isEqualTo("Added to your agenda");
        assertThat(embed(reply).toString()).contains(KYLE_TALK, "reminder at 3:30pm PDT");
        assertThat(components(reply)).contains(BookmarkComponents.ON_CONFIRMATION + "remove:" + KYLE);
        assertThat(store.bookmarks(ADA)).containsExactly(new SessionId(KYLE));
    }

    @Test
    void anAgendaAskedInAChannelIsSentByDirectMessage() {
        store.add(ADA, new SessionId(KYLE));
        rig.discord.dispatch("MESSAGE_CREATE", Payloads.guildMessage("901", Payloads.user(USER_ID, "Ada", false),
                "!emcee my agenda"));

        RecordedRequest dm = rig.discord.awaitRequest(r -> r.is("POST", "channels/" + DM_CHANNEL_ID + "/messages"));
        assertThat(embed(dm).getString("title")).startsWith("Your agenda (1 session");
        assertThat(rig.discord.requests(r -> r.is("POST", "users/@me/channels"))).hasSize(1);
        assertThat(rig.discord.requests(r -> r.is("POST", "channels/" + CHANNEL_ID + "/messages"))).isEmpty();
    }

    @Test
    void sessionCardsCarryButtonsAndAClickBookmarksThenTheConfirmationTogglesInPlace() {
        String next = Payloads.interactionId();
        rig.discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(next, "next", DataArray.empty()));
        assertThat(components(rig.discord.awaitCallback(next))).contains(BookmarkComponents.ON_CARD + "add:" + KYLE);

        String click = Payloads.interactionId();
        rig.discord.dispatch("INTERACTION_CREATE", Payloads.buttonClick(click, USER_ID,
                BookmarkComponents.ON_CARD + "add:" + KYLE, false));
        RecordedRequest added = rig.discord.awaitCallback(click);
        assertThat(added.json().getInt("type")).isEqualTo(4);
        assertThat(added.json().getObject("data").getInt("flags", 0) & 64).isEqualTo(64);
        assertThat(embed(added).getString("title")).isEqualTo("Added to your agenda");
        assertThat(store.bookmarks(ADA)).containsExactly(new SessionId(KYLE));

        String toggle = Payloads.interactionId();
        rig.discord.dispatch("INTERACTION_CREATE", Payloads.buttonClick(toggle, USER_ID,
                BookmarkComponents.ON_CONFIRMATION + "remove:" + KYLE, true));
        RecordedRequest removed = rig.discord.awaitCallback(toggle);
        assertThat(removed.json().getInt("type")).isEqualTo(7);
        assertThat(embed(removed).getString("title")).isEqualTo("Removed from your agenda");
        assertThat(components(removed)).contains(BookmarkComponents.ON_CONFIRMATION + "add:" + KYLE);
        assertThat(store.bookmarks(ADA)).isEmpty();
    }

    @Test
    void sendingToAPersonOpensThePrivateChannelAndPostsTheReminder() throws Exception {
        var sean = DiscordSamples.seanAllen();
        bot.send(USER_ID, new SessionReminder(sean, sean.start().minusSeconds(600),
                Duration.ofMinutes(10)), DeliveryKey.of("reminder of sean")).get(10, TimeUnit.SECONDS);

        RecordedRequest dm = rig.discord.awaitRequest(r -> r.is("POST", "channels/" + DM_CHANNEL_ID + "/messages"));
        assertThat(embed(dm).getString("title")).isEqualTo("Reminder: starting in 10 minutes: Sean Allen on "
                + "Distributed State");
        assertThat(dm.json().getObject("allowed_mentions").getArray("parse").toList()).containsExactly("users");
        assertThat(bot.platform()).isEqualTo(Platform.DISCORD);
    }
}
