package dev.emcee.app;

import dev.emcee.app.cli.Main;
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
        List<String> questions = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        StringBuilder answer = null;
        for (String line : example.subList(2, example.size())) {
            if (line.startsWith("you> ")) {
                questions.add(line.substring("you> ".length()));
                answer = new StringBuilder();
                answers.add("");
            } else if (answer != null && !line.strip().equals("...")) {
                answer.append(answer.length() == 0 ? "" : "\n").append(line);
                answers.set(answers.size() - 1, answer.toString());
            }
        }
        assertThat(questions).as("the example's questions").isNotEmpty();
        Cli.Result console = new Cli().interactive().stdin(String.join("\n", questions) + "\n").run("chat");
        String transcript = console.out() + console.err();
        assertThat(transcript).as("what the console says first").contains(example.get(0), example.get(1));
        int at = 0;
        for (int i = 0; i < questions.size(); i++) {
            int found = transcript.indexOf(answers.get(i), at);
            assertThat(found).as("the console's answer to \"%s\", as the README shows it:%n%s%nin:%n%s",
                    questions.get(i), answers.get(i), transcript).isGreaterThanOrEqualTo(0);
            at = found + answers.get(i).length();
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
