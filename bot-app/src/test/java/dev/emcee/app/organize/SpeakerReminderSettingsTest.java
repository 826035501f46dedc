package dev.emcee.app.organize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emcee.app.settings.Environment;
import dev.emcee.app.settings.SettingsException;
import dev.emcee.app.settings.SettingsLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code organizers.speaker-reminders}: off by default, a lead from the file or the environment, refused out of range. */
@Timeout(10)
class SpeakerReminderSettingsTest {
    @TempDir
    Path config;

    @Test
    void offByDefault() {
        assertThat(new SettingsLoader().load(config, new Environment(Map.of())).organizers().speakerReminderLead())
                .isEmpty();
    }

    @Test
    void theFileOrTheEnvironmentSetsTheLead() throws Exception {
        Files.writeString(config.resolve("emcee.yaml"), "organizers:\n  speaker-reminders: 15m\n");
        assertThat(new SettingsLoader().load(config, new Environment(Map.of())).organizers().speakerReminderLead())
                .hasValue(Duration.ofMinutes(15));
        assertThat(new SettingsLoader().load(config, new Environment(Map.of("EMCEE_ORGANIZERS_SPEAKER_REMINDERS",
                "20m"))).organizers().speakerReminderLead()).hasValue(Duration.ofMinutes(20));
    }

    @Test
    void aLeadOutOfRangeIsRefusedWithTheSettingsName() throws Exception {
        Files.writeString(config.resolve("emcee.yaml"), "organizers:\n  speaker-reminders: 4h\n");
        assertThatThrownBy(() -> new SettingsLoader().load(config, new Environment(Map.of())))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("organizers.speaker-reminders must be between 1m and 3h, not 4h");
    }
}
