package dev.emcee.discord;

import static dev.emcee.discord.fake.Payloads.BOT_ID;
import static dev.emcee.discord.fake.Payloads.CHANNEL_ID;
import static dev.emcee.discord.fake.Payloads.GUILD_ID;
import static dev.emcee.discord.fake.Payloads.OTHER_BOT_ID;
import static dev.emcee.discord.fake.Payloads.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.core.Inquiry;
import dev.emcee.core.QuestionHandler;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.UpNext;
import dev.emcee.discord.fake.FakeDiscord;
import dev.emcee.discord.fake.Payloads;
import dev.emcee.discord.fake.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
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
    private final List<Inquiry> asked = new CopyOnWriteArrayList<>();
    private FakeDiscord discord;
    private DiscordBot bot;

    @BeforeEach
    void startFakeDiscord() throws Exception {
        discord = new FakeDiscord();
    }

    @AfterEach
    void stop() throws Exception {
        if (bot != null) {
            bot.close();
        }
        discord.close();
    }

    @Test
    void answersAPrefixQuestionInTheChannelWithAnEmbedThatPingsNobody() {
        connect(settings(null));

        discord.dispatch("MESSAGE_CREATE", Payloads.guildMessage("700", human(), "!emcee what's next in LL21 A/B"));

        RecordedRequest post = discord.awaitRequest(r -> r.is("POST", "channels/" + CHANNEL_ID + "/messages"));
        DataObject body = post.json();
        assertThat(body.getArray("embeds").getObject(0).toString()).contains("Sean Allen");
        assertThat(body.getObject("message_reference").getString("message_id")).isEqualTo("700");
        DataObject mentions = body.getObject("allowed_mentions");
        assertThat(mentions.getArray("parse").toList()).containsExactly("users");
        assertThat(asked).containsExactly(new Inquiry(dev.emcee.core.Platform.DISCORD, USER_ID,
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
    void answersDirectMessagesWithoutPrefix() {
        connect(settings(null));

        discord.dispatch("MESSAGE_CREATE", Payloads.directMessage("704", human(), "what's next"));

        discord.awaitRequest(r -> r.is("POST", "channels/" + Payloads.DM_CHANNEL_ID + "/messages"));
        assertThat(asked).extracting(Inquiry::text).containsExactly("what's next");
    }

    @Test
    void answersTheNextSlashCommandWithAnEphemeralInteractionCallback() {
        connect(settings(null));

        discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand("800", "next",
                DataArray.empty().add(Payloads.stringOption("room", "LL21 A/B"))));

        RecordedRequest callback = discord.awaitRequest(r -> r.is("POST", "interactions/800/token-800/callback"));
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

        discord.dispatch("INTERACTION_CREATE", Payloads.autocomplete("801", "next", "room", "ll2"));

        RecordedRequest callback = discord.awaitRequest(r -> r.is("POST", "interactions/801/token-801/callback"));
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
                .containsExactlyInAnyOrder("emcee", "next", "now", "who");
        assertThat(discord.requests(r -> r.is("PUT", "applications/\\d+/commands"))).isEmpty();
    }

    private void connect(DiscordSettings settings) {
        connect(settings, inquiry -> {
            asked.add(inquiry);
            return Optional.of(answerFor(inquiry));
        });
    }

    private void connect(DiscordSettings settings, QuestionHandler handler) {
        DiscordStart start = new DiscordConnector(settings, handler, TestSchedules.bundled(),
                SlashCommandReplies.DEFAULT_DEFER_AFTER).start(discord.environment());
        assertThat(start).isInstanceOf(DiscordStart.Started.class);
        bot = ((DiscordStart.Started) start).bot();
        await().atMost(Duration.ofSeconds(10)).until(bot::isConnected);
    }

    private DiscordSettings settings(String guildId) {
        return new DiscordSettings(null, guildId, null, null, discord.apiUrl(), discord.gatewayUrl());
    }

    private static Answer answerFor(Inquiry inquiry) {
        if (inquiry.text().contains("next")) {
            return new UpNext("LL21 A/B", List.of(DiscordSamples.seanAllen()), List.of(), DiscordSamples.NOW);
        }
        return new NoMatch("I don't know that one.", List.of());
    }

    private static DataObject human() {
        return Payloads.user(USER_ID, "Ada", false);
    }
}
