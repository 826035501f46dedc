package dev.emcee.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emcee.core.events.EventWindow;
import dev.emcee.core.schedule.SessionKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** discord.scheduled-events in emcee.yaml and its EMCEE_ overrides: short durations, lists, clear refusals. */
@Timeout(10)
class ScheduledEventsSettingsTest {
    @TempDir
    Path config;

    @Test
    void theFileAndTheEnvironmentChooseTheWindow() throws Exception {
        Files.writeString(config.resolve("emcee.yaml"), """
                discord:
                  guild-id: "200000000000000002"
                  scheduled-events:
                    enabled: true
                    ahead: 48h
                    tracks: [PostgreSQL]
                """);

        EventWindow window = new SettingsLoader().load(config, new Environment(Map.of(
                "EMCEE_DISCORD_SCHEDULED_EVENTS_LIMIT", "30",
                "EMCEE_DISCORD_SCHEDULED_EVENTS_KINDS", "talk,Keynote"))).discord().scheduledEvents().window();

        assertThat(window.ahead()).isEqualTo(Duration.ofHours(48));
        assertThat(window.limit()).isEqualTo(30);
        assertThat(window.tracks()).containsExactly("postgresql");
        assertThat(window.kinds()).containsExactlyInAnyOrder(SessionKind.TALK, SessionKind.KEYNOTE);
    }

    @Test
    void offByDefaultAndRefusedWithoutTheServer() throws Exception {
        assertThat(new SettingsLoader().load(config, new Environment(Map.of())).discord().scheduledEvents()
                .enabled()).isFalse();

        Files.writeString(config.resolve("emcee.yaml"), "discord:\n  scheduled-events: {enabled: true}\n");
        assertThatThrownBy(() -> new SettingsLoader().load(config, new Environment(Map.of())))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("discord.scheduled-events needs discord.guild-id");
        assertThatThrownBy(() -> new SettingsLoader().load(config, new Environment(Map.of(
                "EMCEE_DISCORD_GUILD_ID", "200000000000000002", "EMCEE_DISCORD_SCHEDULED_EVENTS_LIMIT", "101"))))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("discord.scheduled-events.limit must be between 1 and 100");
    }
}
