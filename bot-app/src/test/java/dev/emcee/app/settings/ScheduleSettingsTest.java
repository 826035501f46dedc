package dev.emcee.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The schedule: section, in particular how often URL sources are asked again. */
@Timeout(10)
class ScheduleSettingsTest {
    @TempDir
    Path config;

    @Test
    void urlsAreAskedAgainEveryFiveMinutesByDefault() {
        Settings settings = new SettingsLoader().load(config, new Environment(Map.of()));

        assertThat(settings.schedule().refresh()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theFileAndTheEnvironmentSetTheInterval() throws Exception {
        Files.writeString(config.resolve("emcee.yaml"), "schedule:\n  files: [talks.yaml]\n  refresh: 2m\n");
        assertThat(new SettingsLoader().load(config, new Environment(Map.of())).schedule().refresh())
                .isEqualTo(Duration.ofMinutes(2));

        Settings overridden = new SettingsLoader().load(config,
                new Environment(Map.of("EMCEE_SCHEDULE_REFRESH", "90s")));
        assertThat(overridden.schedule().refresh()).isEqualTo(Duration.ofSeconds(90));
        assertThat(overridden.schedule().files()).containsExactly("talks.yaml");
    }

    @Test
    void tooOftenOrNotADurationIsRefusedWithTheSettingsName() throws Exception {
        Files.writeString(config.resolve("emcee.yaml"), "schedule:\n  refresh: 10s\n");
        assertThatThrownBy(() -> new SettingsLoader().load(config, new Environment(Map.of())))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("schedule.refresh must be at least 30s, not 10s");

        assertThatThrownBy(() -> new SettingsLoader().load(config,
                new Environment(Map.of("EMCEE_SCHEDULE_REFRESH", "soon"))))
                .isInstanceOf(SettingsException.class).hasMessageContaining("refresh").hasMessageContaining("soon");
    }
}
