package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.app.settings.SettingsLoader;
import dev.emcee.core.testing.BundledConference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README stays true to the code: every setting and every command is documented, the console example is real. */
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
    void theConsoleExampleIsWhatEmceeSaysOnTheBundledConference() throws IOException {
        String readme = readme();
        int start = readme.indexOf("$ ./emcee\n");
        assertThat(start).as("the README's console example").isPositive();
        List<String> example = readme.substring(start, readme.indexOf("```", start)).lines().skip(1).toList();
        String chat = new Cli().stdin("").run("chat").out() + new Cli().stdin("").run("chat").err();
        assertThat(chat).as("what the console says first").contains(example.get(0));
        String question = example.get(2).substring("you> ".length());
        List<String> shown = new ArrayList<>();
        for (String line : example.subList(3, example.size())) {
            String text = line.startsWith("emcee> ") ? line.substring("emcee> ".length()) : line.substring(7);
            if (text.strip().equals("...")) {
                break;
            }
            shown.add(text);
        }
        assertThat(shown).as("the example's answer lines").isNotEmpty();
        List<String> answer = new Cli().run("ask", question).lines();
        assertThat(answer.subList(0, Math.min(shown.size(), answer.size()))).as("Emcee's answer to \"%s\"", question)
                .isEqualTo(shown);
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
