package dev.emcee.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

/** The discord: section of emcee.yaml: kebab-case keys, defaults, and clear refusals of bad values. */
class DiscordSettingsTest {
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void bindsEveryKeyFromYaml() throws Exception {
        DiscordSettings settings = yaml.readValue("""
                prefix: "?ask"
                guild-id: 200000000000000002
                reply-visibility: public
                application-id: "100000000000000001"
                api-url: http://127.0.0.1:8080
                gateway-url: ws://127.0.0.1:8081
                """, DiscordSettings.class);

        assertThat(settings.prefix()).isEqualTo("?ask");
        assertThat(settings.guild()).contains("200000000000000002");
        assertThat(settings.replyVisibility()).isEqualTo(ReplyVisibility.PUBLIC);
        assertThat(settings.application()).contains("100000000000000001");
        assertThat(settings.restBaseUrl()).contains("http://127.0.0.1:8080/api/v10/");
        assertThat(settings.gateway()).contains("ws://127.0.0.1:8081");
    }

    @Test
    void scheduledEventsAreOffByDefaultAndBindTheirSelection() throws Exception {
        DiscordSettings settings = yaml.readValue("""
                guild-id: "200000000000000002"
                scheduled-events:
                  enabled: true
                  limit: 40
                  tracks: [PostgreSQL]
                  kinds: [Talk, keynote]
                  tags: [jepsen]
                """, DiscordSettings.class);

        assertThat(DiscordSettings.defaults().scheduledEvents().enabled()).isFalse();
        assertThat(settings.scheduledEvents().enabled()).isTrue();
        assertThat(settings.scheduledEvents().window().limit()).isEqualTo(40);
        assertThat(settings.scheduledEvents().window().capacity()).isEqualTo(100);
        assertThat(settings.scheduledEvents().window().ahead()).isEqualTo(java.time.Duration.ofDays(7));
        assertThat(settings.scheduledEvents().window().tracks()).containsExactly("postgresql");
        assertThat(settings.scheduledEvents().window().kinds()).containsExactlyInAnyOrder(
                dev.emcee.core.schedule.SessionKind.TALK, dev.emcee.core.schedule.SessionKind.KEYNOTE);
    }

    @Test
    void scheduledEventsNeedTheServerAndALimitDiscordAllows() {
        assertThatThrownBy(() -> yaml.readValue("scheduled-events: {enabled: true}", DiscordSettings.class))
                .hasMessageContaining("discord.scheduled-events needs discord.guild-id");
        assertThatThrownBy(() -> yaml.readValue("""
                guild-id: "200000000000000002"
                scheduled-events: {enabled: true, limit: 150}
                """, DiscordSettings.class))
                .hasMessageContaining("discord.scheduled-events.limit must be between 1 and 100");
    }

    @Test
    void anEmptySectionMeansTheDefaults() throws Exception {
        DiscordSettings settings = yaml.readValue("{}", DiscordSettings.class);

        assertThat(settings).isEqualTo(DiscordSettings.defaults());
        assertThat(settings.prefix()).isEqualTo("!emcee");
        assertThat(settings.replyVisibility()).isEqualTo(ReplyVisibility.EPHEMERAL);
        assertThat(settings.guild()).isEmpty();
        assertThat(settings.restBaseUrl()).isEmpty();
        assertThat(settings.gateway()).isEmpty();
    }

    @Test
    void unknownKeysAreRefused() {
        assertThatThrownBy(() -> yaml.readValue("guild_id: 1", DiscordSettings.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void badValuesAreRefusedWithTheKeyAndTheFix() {
        assertThatThrownBy(() -> new DiscordSettings(null, "my-server", null, null, null, null))
                .hasMessageContaining("discord.guild-id").hasMessageContaining("Copy ID");
        assertThatThrownBy(() -> new DiscordSettings(null, null, null, null, "ws://x", null))
                .hasMessageContaining("discord.api-url");
        assertThatThrownBy(() -> new DiscordSettings(null, null, null, null, null, "http://x"))
                .hasMessageContaining("discord.gateway-url");
    }

    @Test
    void anApiUrlWithAPathIsKeptAsGiven() {
        DiscordSettings settings = new DiscordSettings(null, null, null, null, "https://proxy.example/api/v10",
                null);

        assertThat(settings.restBaseUrl()).contains("https://proxy.example/api/v10/");
    }
}
