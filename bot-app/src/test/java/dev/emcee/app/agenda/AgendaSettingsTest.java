package dev.emcee.app.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emcee.app.settings.Environment;
import dev.emcee.app.settings.Settings;
import dev.emcee.app.settings.SettingsException;
import dev.emcee.app.settings.SettingsLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The agenda: section through the launcher's settings loader and its EMCEE_AGENDA_ overrides. */
@Timeout(10)
class AgendaSettingsTest {
    @TempDir
    Path config;

    @Test
    void defaultsAreOnWithTenMinutes() {
        Settings settings = new SettingsLoader().load(config, new Environment(Map.of()));

        assertThat(settings.agenda().enabled()).isTrue();
        assertThat(settings.agenda().defaultReminderLead()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.agenda().graceWindow()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void theFileAndTheEnvironmentSetIt() throws Exception {
        Files.writeString(config.resolve("emcee.yaml"), """
                agenda:
                  default-reminder-lead: 15m
                  grace-window: 90s
                """);

        Settings settings = new SettingsLoader().load(config, new Environment(Map.of("EMCEE_AGENDA_ENABLED", "false",
                "EMCEE_AGENDA_DEFAULT_REMINDER_LEAD", "5m")));

        assertThat(settings.agenda().enabled()).isFalse();
        assertThat(settings.agenda().defaultReminderLead()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.agenda().graceWindow()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aLeadOutOfRangeOrAnUnknownKeyIsRefusedWithItsName() throws Exception {
        Files.writeString(config.resolve("emcee.yaml"), "agenda:\n  default-reminder-lead: 5h\n");
        assertThatThrownBy(() -> new SettingsLoader().load(config, new Environment(Map.of())))
                .isInstanceOf(SettingsException.class).hasMessageContaining("agenda.default-reminder-lead");

        Files.writeString(config.resolve("emcee.yaml"), "agenda:\n  reminder-lead: 5m\n");
        assertThatThrownBy(() -> new SettingsLoader().load(config, new Environment(Map.of())))
                .isInstanceOf(SettingsException.class).hasMessageContaining("reminder-lead");
    }
}
