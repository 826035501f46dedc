package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.Clarification;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.PlainTextRenderer;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.core.testing.ChatHarness;
import dev.emcee.sources.testing.BundledSchedule;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every example question in the README's "What you can ask" table gets an answer on the bundled conference. */
class ReadmeQuestionsTest {
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    @Test
    void everyExampleQuestionIsAnswered() throws IOException {
        List<String> examples = examples();
        assertThat(examples).as("examples found in the README").hasSizeGreaterThan(30)
                .contains("what's next after Sean Allen?", "when does the conference end?", "thanks");

        for (String example : examples) {
            Answer answer = BundledSchedule.chatAt("2018-06-14T11:00").answer(example);
            assertThat(answer).as("\"%s\" -> %s", example, answer == null ? null : PlainTextRenderer.render(answer))
                    .isNotNull().isNotInstanceOf(NoMatch.class).isNotInstanceOf(Clarification.class);
        }
    }

    /** The quoted questions of the table, but the agenda row's (answered only where agendas are kept). */
    private static List<String> examples() throws IOException {
        String readme = Files.readString(BundledConference.configDirectory().getParent().resolve("README.md"));
        int from = readme.indexOf("## What you can ask");
        String section = readme.substring(from, readme.indexOf("\n## ", from + 1));
        List<String> out = new ArrayList<>();
        for (String row : section.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| question")).toList()) {
            if (row.startsWith("| your agenda")) {
                continue;
            }
            Matcher m = QUOTED.matcher(row.substring(row.indexOf('|', 1)));
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }
}
