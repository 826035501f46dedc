package dev.emcee.app.announce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.app.settings.Environment;
import dev.emcee.app.settings.Settings;
import dev.emcee.app.settings.SettingsLoader;
import dev.emcee.core.schedule.SessionKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The announcements: and database: sections through the launcher's settings loader and EMCEE_ overrides. */
@Timeout(10)
class AnnouncementSettingsLoadingTest {
    @TempDir
    Path config;

    @Test
    void bindsTheSectionsAndTheirEnvironmentOverrides() throws Exception {
        Path secret = config.resolve("db-password");
        Files.writeString(secret, "s3cret\n");
        Files.writeString(config.resolve("emcee.yaml"), """
                announcements:
                  grace-window: 3m
                  channels:
                    slack: {digest: C0123, rooms: {ll21ab: C0222}}
                database:
                  user: emcee
                """);
        Environment environment = new Environment(Map.of(
                "EMCEE_ANNOUNCEMENTS_LEADS", "5m,0m",
                "EMCEE_ANNOUNCEMENTS_SKIP_KINDS", "break,lightning",
                "EMCEE_DATABASE_URL", "jdbc:postgresql://db:5432/emcee",
                "EMCEE_DATABASE_PASSWORD_FILE", secret.toString()));

        Settings settings = new SettingsLoader().load(config, environment);

        assertThat(settings.announcements().leads()).containsExactly(Duration.ofMinutes(5), Duration.ZERO);
        assertThat(settings.announcements().graceWindow()).isEqualTo(Duration.ofMinutes(3));
        assertThat(settings.announcements().skipKinds()).containsOnly(SessionKind.BREAK, SessionKind.LIGHTNING);
        assertThat(settings.announcements().channels().get("slack").rooms()).containsEntry("ll21ab", "C0222");
        assertThat(settings.database().url()).isEqualTo("jdbc:postgresql://db:5432/emcee");
        assertThat(settings.database().user()).isEqualTo("emcee");
        assertThat(settings.database().password()).isEqualTo("s3cret");
        assertThat(settings.database().isShared()).isTrue();
        assertThat(settings.database().toString()).doesNotContain("s3cret");
    }

    @Test
    void withoutTheSectionsEverythingHasItsDefault() {
        Settings settings = new SettingsLoader().load(config, new Environment(Map.of()));

        assertThat(settings.announcements().leads()).containsExactly(Duration.ofMinutes(5));
        assertThat(settings.database().url()).isNull();
        assertThat(settings.database().jdbcUrl(Path.of("data"))).startsWith("jdbc:h2:file:").contains("announcements");
    }
}
