package dev.emcee.discord;

import static dev.emcee.discord.fake.Payloads.BOT_ID;
import static dev.emcee.discord.fake.Payloads.CHANNEL_ID;
import static dev.emcee.discord.fake.Payloads.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.UpNext;
import dev.emcee.core.testing.LogCapture;
import dev.emcee.discord.fake.Payloads;
import dev.emcee.discord.fake.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Slash commands and failures end to end: slow answers, silence, public replies, answers that fail. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordSlashCommandTest {
    private DiscordTestRig rig;

    @BeforeEach
    void startFakeDiscord() throws Exception {
        rig = new DiscordTestRig();
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    @Test
    void aSlowAnswerIsDeferredThenEditedIn() throws Exception {
        CountDownLatch deferred = new CountDownLatch(1);
        rig.connect(rig.settings(null), inquiry -> {
            await(deferred);
            return Optional.of(new UpNext("in LL21 A/B", List.of(DiscordSamples.seanAllen()), List.of(),
                    DiscordSamples.NOW));
        }, Duration.ofMillis(100));

        String interaction = Payloads.interactionId();
        rig.discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(interaction, "now", DataArray.empty()));

        RecordedRequest defer = rig.discord.awaitCallback(interaction);
        assertThat(defer.json().getInt("type")).isEqualTo(5);
        assertThat(defer.json().getObject("data").getInt("flags") & 64).isEqualTo(64);
        deferred.countDown();
        RecordedRequest edit = rig.discord.awaitOriginal("PATCH", interaction);
        assertThat(edit.json().getArray("embeds").getObject(0).toString()).contains("Sean Allen");
        assertThat(edit.json().getObject("allowed_mentions").getArray("parse").toList()).containsExactly("users");
    }

    @Test
    void silenceStillAcknowledgesTheCommandAndRemovesThePlaceholder() {
        rig.connect(rig.settings(null), inquiry -> Optional.empty(), SlashCommandReplies.DEFAULT_DEFER_AFTER);

        String interaction = Payloads.interactionId();
        rig.discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(interaction, "now", DataArray.empty()));

        RecordedRequest ack = rig.discord.awaitCallback(interaction);
        assertThat(ack.json().getInt("type")).isEqualTo(5);
        rig.discord.awaitOriginal("DELETE", interaction);
    }

    @Test
    void publicVisibilityAnswersForTheWholeChannel() {
        DiscordSettings publicReplies = new DiscordSettings(null, null, ReplyVisibility.PUBLIC, null,
                rig.discord.apiUrl(), rig.discord.gatewayUrl());
        rig.connect(publicReplies, rig.recordingHandler(), SlashCommandReplies.DEFAULT_DEFER_AFTER);

        String interaction = Payloads.interactionId();
        rig.discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(interaction, "emcee",
                DataArray.empty().add(Payloads.stringOption("question", "what's next"))));

        DataObject data = rig.discord.awaitCallback(interaction)
                .json().getObject("data");
        assertThat(data.getInt("flags", 0) & 64).isZero();
        assertThat(rig.asked).extracting(i -> i.text()).containsExactly("what's next");
    }

    @Test
    void whoSuggestsSpeakerNames() {
        rig.connect();

        String interaction = Payloads.interactionId();
        rig.discord.dispatch("INTERACTION_CREATE", Payloads.autocomplete(interaction, "who", "name", "sea"));

        DataArray choices = rig.discord.awaitCallback(interaction)
                .json().getObject("data").getArray("choices");
        assertThat(choices.stream(DataArray::getObject).map(c -> c.getString("name"))).containsExactly("Sean Allen");
    }

    @Test
    void anAnswerThatFailsBecomesAnApologyNotSilence() {
        try (LogCapture log = LogCapture.of(DiscordQuestionListener.class)) {
            rig.connect(rig.settings(null), inquiry -> {
                throw new IllegalStateException("boom");
            }, SlashCommandReplies.DEFAULT_DEFER_AFTER);

            rig.discord.dispatch("MESSAGE_CREATE", Payloads.guildMessage("830", Payloads.user(USER_ID, "Ada", false),
                    "!emcee what's next"));

            RecordedRequest reply = rig.discord.awaitRequest(r -> r.is("POST", "channels/" + CHANNEL_ID + "/messages"));
            assertThat(reply.json().getArray("embeds").getObject(0).getString("description"))
                    .isEqualTo(NoMatch.FAILURE);
            assertThat(log.messages()).anyMatch(m -> m.contains("what's next") && m.contains("boom"));
        }
    }

    @Test
    void aChannelWhereEmceeMayNotSendIsLoggedWithTheFixNotThrown() {
        try (LogCapture log = LogCapture.of(DiscordFailures.class)) {
            rig.connect();

            rig.discord.dispatch("MESSAGE_CREATE", Payloads.guildMessage("831", Payloads.READ_ONLY_CHANNEL_ID,
                    Payloads.user(USER_ID, "Ada", false), "!emcee what's next"));

            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !log.messages().isEmpty());
            assertThat(log.messages()).singleElement().asString()
                    .contains("reply in channel " + Payloads.READ_ONLY_CHANNEL_ID, "Send Messages", "Embed Links");
            assertThat(rig.discord.requests(r -> r.is("POST", "channels/\\d+/messages"))).isEmpty();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the answer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
