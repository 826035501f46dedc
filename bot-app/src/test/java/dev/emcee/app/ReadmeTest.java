package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.app.settings.SettingsLoader;
import dev.emcee.core.testing.BundledConference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README stays true to the code: every setting and every command is documented. */
class ReadmeTest {
    private static String readme() throws IOException {
        return Files.readString(BundledConference.configDirectory().getParent().resolve("README.md"));
    }

    @Test
    void everySettingIsInTheSettingsTableWithItsEnvironmentVariable() throws IOException {
        String readme = readme();
        for (SettingsLoader.Override setting : SettingsLoader.overrides()) {
            assertThat(readme).as("README row for %s", setting.path())
                    .contains("| `" + setting.path() + "` |").contains("`" + setting.variable() + "`");
        }
    }

    @Test
    void everyCommandIsListed() throws IOException {
        String readme = readme();
        CommandLine emcee = new CommandLine(new Main(null));
        for (String command : emcee.getSubcommands().keySet()) {
            if (!command.equals("help")) {
                assertThat(readme).as("README mentions ./emcee %s", command).contains("./emcee " + command);
            }
        }
    }

    @Test
    void theReadmeGivesTheTwoCommandsAndCiRunsTheTestCommand() throws IOException {
        String readme = readme();
        assertThat(readme).contains("| run (console on the bundled conference) | `./emcee` |",
                "| test (every test) | `./mvnw -B verify` |");
        Path ci = BundledConference.configDirectory().getParent().resolve(".ci/run");
        assertThat(Files.readString(ci)).contains("\n./mvnw -B verify\n");
    }
}
