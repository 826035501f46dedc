package dev.emcee.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emcee.core.InMemoryInboundClaims;
import dev.emcee.core.InboundClaims;
import dev.emcee.core.InboundKey;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.connection.PlatformStart;
import dev.emcee.core.testing.MutableClock;
import dev.emcee.discord.fake.Payloads;
import dev.emcee.discord.fake.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two Emcee instances on Discord: two JDA sessions of one bot on the fake gateway, which sends each every message,
 * sharing one claim store as two instances share the database. One of them answers each message and interaction.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordTwoInstancesTest {
    private static final String QUESTION = "!emcee what's next in LL21 A/B";

    private DiscordTestRig rig;
    private final InboundClaims shared = new InMemoryInboundClaims(new MutableClock(Instant.EPOCH));
    private final List<InboundKey> attempts = new CopyOnWriteArrayList<>();
    private final List<DiscordConnection> bots = new ArrayList<>();

    @BeforeEach
    void startTwoInstances() throws Exception {
        rig = new DiscordTestRig();
        InboundClaims recorded = key -> {
            attempts.add(key);
            return shared.claim(key);
        };
        for (int i = 0; i < 2; i++) {
            PlatformStart<DiscordConnection> start = DiscordConnector.start(DiscordParts.of(rig.settings(null),
                    rig.discord.environment(), rig.recordingHandler(), rig.schedule, Agendas.off(), recorded));
            bots.add(((PlatformStart.Started<DiscordConnection>) start).connection());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> bots.stream().allMatch(DiscordConnection::isConnected)
                && rig.discord.openSessions() == 2);
    }

    @AfterEach
    void stop() throws Exception {
        for (DiscordConnection bot : bots) {
            bot.close();
        }
        rig.close();
    }

    @Test
    void aMessageBothSessionsReceiveGetsOneReply() {
        rig.discord.dispatch("MESSAGE_CREATE", Payloads.guildMessage("700", human(), QUESTION));
        rig.discord.dispatch("MESSAGE_CREATE", Payloads.guildMessage("701", human(), "!emcee help"));
        afterBothSessionsHandled("701"); // each session handles its events in order: 700 is done on both

        rig.discord.awaitRequest(r -> isReplyTo(r, "700"));
        assertThat(rig.asked).as("asked once, by the instance that claimed it")
                .filteredOn(inquiry -> inquiry.text().equals("what's next in LL21 A/B")).hasSize(1);
        rig.discord.awaitRequest(r -> isReplyTo(r, "701"));
        assertThat(rig.discord.requests(r -> isReplyTo(r, "700"))).as("one reply to the message").hasSize(1);
    }

    @Test
    void aSlashCommandBothSessionsReceiveIsAnsweredOnce() {
        String interaction = Payloads.interactionId();
        rig.discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(interaction, "now", DataArray.empty()));
        rig.discord.dispatch("MESSAGE_CREATE", Payloads.guildMessage("702", human(), "!emcee help"));
        afterBothSessionsHandled("702");

        rig.discord.awaitCallback(interaction);
        assertThat(rig.discord.requests(r -> r.is("POST", "interactions/" + interaction + "/token-" + interaction
                + "/callback"))).as("one acknowledgement of the interaction").hasSize(1);
    }

    private void afterBothSessionsHandled(String messageId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> attempts.stream()
                .filter(key -> key.kind().equals("message") && key.id().equals(messageId)).count() == 2);
    }

    private static boolean isReplyTo(RecordedRequest request, String messageId) {
        return request.is("POST", "channels/" + Payloads.CHANNEL_ID + "/messages")
                && request.json().toString().contains("\"message_id\":\"" + messageId + "\"");
    }

    private static net.dv8tion.jda.api.utils.data.DataObject human() {
        return Payloads.user(Payloads.USER_ID, "Ada", false);
    }
}
