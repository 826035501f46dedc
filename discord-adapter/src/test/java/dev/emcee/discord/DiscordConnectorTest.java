package dev.emcee.discord;

import static dev.emcee.discord.fake.Payloads.BOT_ID;
import static dev.emcee.discord.fake.Payloads.CHANNEL_ID;
import static dev.emcee.discord.fake.Payloads.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.core.connection.Agendas;
import dev.emcee.core.connection.PlatformStart;
import dev.emcee.core.testing.LogCapture;
import dev.emcee.discord.fake.Payloads;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Starting Discord: refusals an operator can act on, and the fallback when Message Content is not granted. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordConnectorTest {
    private static final int MESSAGE_CONTENT = 1 << 15;
    /** JDA's loggers for the gateway and for REST requests, which report the failures these tests provoke. */
    private static final String JDA_GATEWAY = "net.dv8tion.jda.internal.requests.WebSocketClient";
    private static final String JDA_REQUESTS = "net.dv8tion.jda.internal.requests.Requester";
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
    void withoutATokenRefusesAndNamesTheVariableWithoutCallingDiscord() {
        PlatformStart<DiscordConnection> start = start(Map.of());

        assertThat(start).isInstanceOfSatisfying(PlatformStart.Refused.class,
                refused -> assertThat(refused.reason()).contains("DISCORD_TOKEN").doesNotContain("Exception"));
        assertThat(rig.discord.requests()).isEmpty();
    }

    @Test
    void aRejectedTokenGivesOneClearMessage() {
        PlatformStart<DiscordConnection> start = start(Map.of("DISCORD_TOKEN", "not-the-token"));

        assertThat(start).isInstanceOfSatisfying(PlatformStart.Refused.class,
                refused -> assertThat(refused.reason()).contains("rejected the token in DISCORD_TOKEN"));
    }

    @Test
    void anUnreachableApiIsRefusedNotThrown() {
        DiscordSettings nowhere = new DiscordSettings(null, null, null, null, "http://127.0.0.1:9/api/v10/",
                rig.discord.gatewayUrl());
        try (LogCapture jda = LogCapture.of(JDA_REQUESTS)) {
            PlatformStart<DiscordConnection> start = DiscordConnector.start(DiscordParts.of(nowhere,
                    rig.discord.environment(), rig.recordingHandler(), rig.schedule, Agendas.off()));

            assertThat(start).isInstanceOfSatisfying(PlatformStart.Refused.class, refused -> assertThat(
                    refused.reason()).contains("could not log in at http://127.0.0.1:9/api/v10/"));
            await().atMost(Duration.ofSeconds(10)).until(() -> !jda.problems().isEmpty());
            assertThat(jda.problems()).as("JDA's own line on the failed login").first().asString()
                    .contains("127.0.0.1:9");
        }
    }

    @Test
    void withoutTheMessageContentIntentReconnectsWithoutItSaysSoOnceAndStillAnswersMentions() throws Exception {
        rig.discord.denyMessageContent();
        try (LogCapture log = LogCapture.of(MessageContentFallback.class);
                LogCapture jda = LogCapture.of(JDA_GATEWAY)) {
            rig.connect();

            assertThat(rig.discord.identifiedIntents()).hasSize(2);
            assertThat(rig.discord.identifiedIntents().get(0) & MESSAGE_CONTENT).isEqualTo(MESSAGE_CONTENT);
            assertThat(rig.discord.identifiedIntents().get(1) & MESSAGE_CONTENT).isZero();
            assertThat(log.messages()).singleElement().asString()
                    .contains("Message Content intent is not enabled").contains("mentions");
            assertThat(jda.problems()).as("JDA's own line on the refused intent").singleElement().asString()
                    .contains("identification issues");
        }

        rig.discord.dispatch("MESSAGE_CREATE", Payloads.guildMessage("710",
                Payloads.user(USER_ID, "Ada", false), "<@" + BOT_ID + "> what's next"));
        rig.discord.awaitRequest(r -> r.is("POST", "channels/" + CHANNEL_ID + "/messages"));
    }

    @Test
    void closingDisconnects() {
        DiscordConnection bot = rig.connect();

        bot.close();

        await().atMost(Duration.ofSeconds(10)).until(() -> !bot.isConnected());
    }

    private PlatformStart<DiscordConnection> start(Map<String, String> environment) {
        return DiscordConnector.start(DiscordParts.of(rig.settings(null), environment, inquiry -> Optional.empty(),
                rig.schedule, Agendas.off()));
    }
}
