package dev.emcee.discord;

import static dev.emcee.discord.fake.Payloads.BOT_ID;
import static dev.emcee.discord.fake.Payloads.CHANNEL_ID;
import static dev.emcee.discord.fake.Payloads.GUILD_ID;
import static dev.emcee.discord.fake.Payloads.OTHER_BOT_ID;
import static dev.emcee.discord.fake.Payloads.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.Inquiry;
import dev.emcee.discord.fake.FakeDiscord;
import dev.emcee.discord.fake.Payloads;
import dev.emcee.discord.fake.RecordedRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real JDA against a local fake Discord: messages and slash commands in, Discord API calls out. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordEndToEndTest {
    private DiscordTestRig rig;
    private FakeDiscord discord;
    private List<Inquiry> asked;

    @BeforeEach
    void startFakeDiscord() throws Exception {
        rig = new DiscordTestRig();
        discord = rig.discord;
        asked = rig.asked;
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    @Test
    void answersAPrefixQuestionInTheChannelWithAnEmbedThatPingsNobody() {
        connect(settings(null));

        discord.dispatch("MESSAGE_CREATE", Payloads.guildMessage("700", human(), "!emcee what's next in LL21 A/B"));

        RecordedRequest post = discord.awaitRequest(r -> r.is("POST", "channels/" + CHANNEL_ID + "/messages"));
        DataObject body = post.json();
        DataObject embed = body.getArray("embeds").getObject(0);
        assertThat(embed.getString("title")).isEqualTo("Up next in LL21 A/B");
        assertThat(embed.getArray("fields").getObject(0).getString("name")).contains("Sean Allen");
        assertThat(body.getObject("message_reference").getString("message_id")).isEqualTo("700");
        DataObject mentions = body.getObject("allowed_mentions");
        assertThat(mentions.getArray("parse").toList()).containsExactly("users");
        assertThat(asked).containsExactly(new Inquiry(dev.emcee.core.platform.Platform.DISCORD, USER_ID,
                "what's next in LL21 A/B"));
    }

    @Test
    void ignoresBotsButAnswersThePersonAfterThem() {
        connect(settings(null));

        discord.dispatch("MESSAGE_CREATE", Payloads.guildMessage("701",
                Payloads.user(OTHER_BOT_ID, "OtherBot", true), "!emcee what's next"));
        discord.dispatch("MESSAGE_CREATE", Payloads.guildMessage("702", Payloads.self(), "!emcee what's next"));
        discord.dispatch("MESSAGE_CREATE", Payloads.guildMessage("703", human(), "<@" + BOT_ID + "> what's next"));

        discord.awaitRequest(r -> r.is("POST", "channels/" + CHANNEL_ID + "/messages"));
        List<RecordedRequest> posts = discord.requests(r -> r.is("POST", "channels/\\d+/messages"));
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).json().getObject("message_reference").getString("message_id")).isEqualTo("703");
        assertThat(asked).extracting(Inquiry::text).containsExactly("what's next");
    }

    @Test
    void aMentionOfEmceesRoleIsAQuestionToo() {
        connect(settings(null));

        discord.dispatch("MESSAGE_CREATE", Payloads.guildMessage("705", human(),
                "<@&" + Payloads.BOT_ROLE_ID + "> who is Sean Allen"));

        discord.awaitRequest(r -> r.is("POST", "channels/" + CHANNEL_ID + "/messages"));
        assertThat(asked).extracting(Inquiry::text).containsExactly("who is Sean Allen");
    }

    @Test
    void answersDirectMessagesWithoutPrefix() {
        connect(settings(null));

        discord.dispatch("MESSAGE_CREATE", Payloads.directMessage("704", human(), "what's next"));

        discord.awaitRequest(r -> r.is("POST", "channels/" + Payloads.DM_CHANNEL_ID + "/messages"));
        assertThat(asked).extracting(Inquiry::text).containsExactly("what's next");
    }

    @Test
    void answersTheNextSlashCommandWithAnEphemeralInteractionCallback() {
        connect(settings(null));

        String interaction = Payloads.interactionId();
        discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(interaction, "next",
                DataArray.empty().add(Payloads.stringOption("room", "LL21 A/B"))));

        RecordedRequest callback = discord.awaitCallback(interaction);
        DataObject body = callback.json();
        assertThat(body.getInt("type")).isEqualTo(4);
        assertThat(body.getObject("data").getInt("flags") & 64).isEqualTo(64);
        assertThat(body.getObject("data").getArray("embeds").getObject(0).toString()).contains("Sean Allen");
        assertThat(body.getObject("data").getObject("allowed_mentions").getArray("parse").toList())
                .containsExactly("users");
        assertThat(asked).extracting(Inquiry::text).containsExactly("what's next in LL21 A/B");
    }

    @Test
    void suggestsRoomNamesWhileTyping() {
        connect(settings(null));

        String interaction = Payloads.interactionId();
        discord.dispatch("INTERACTION_CREATE", Payloads.autocomplete(interaction, "next", "room", "ll2"));

        RecordedRequest callback = discord.awaitCallback(interaction);
        DataObject body = callback.json();
        assertThat(body.getInt("type")).isEqualTo(8);
        DataArray choices = body.getObject("data").getArray("choices");
        assertThat(choices.length()).isEqualTo(1);
        assertThat(choices.getObject(0).getString("name")).isEqualTo("LL21 A/B");
        assertThat(choices.getObject(0).getString("value")).isEqualTo("LL21 A/B");
    }

    @Test
    void registersTheSlashCommandsForTheConfiguredServer() {
        connect(settings(GUILD_ID));

        RecordedRequest put = discord.awaitRequest(
                r -> r.is("PUT", "applications/" + BOT_ID + "/guilds/" + GUILD_ID + "/commands"));
        DataArray commands = DataArray.fromJson(put.body());
        assertThat(commands.stream(DataArray::getObject).map(c -> c.getString("name")))
                .containsExactlyInAnyOrder("emcee", "next", "now", "who", "announce");
        assertThat(discord.requests(r -> r.is("PUT", "applications/\\d+/commands"))).isEmpty();
    }

    private void connect(DiscordSettings settings) {
        rig.connect(settings, rig.recordingHandler(), SlashCommandReplies.DEFAULT_DEFER_AFTER);
    }

    private DiscordSettings settings(String guildId) {
        return rig.settings(guildId);
    }

    private static DataObject human() {
        return Payloads.user(USER_ID, "Ada", false);
    }
}
