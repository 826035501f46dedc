package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What nobody could answer in {@code emcee chat}, listed by {@code emcee unanswered}. */
class UnansweredCommandTest {
    @TempDir
    Path data;

    @Test
    void afterTwentyUnanswerableQuestionsInChatTheyAreListedMostAskedFirstWithCounts() {
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            questions.add(i < 12 ? "Is there PARKING?" : i < 17 ? "is there a gym" : "where can i smoke " + (i - 17));
        }
        questions.add("wifi password?");            // the FAQ answers it
        questions.add("who is Kyle Kingsbury");     // the schedule answers it
        Cli.Result chat = new Cli().stdin(String.join("\n", questions) + "\n")
                .run("--data", data.toString(), "chat");
        assertThat(chat.exitCode()).isZero();

        Cli.Result listed = new Cli().run("--data", data.toString(), "unanswered");

        assertThat(listed.exitCode()).isZero();
        assertThat(listed.lines()).hasSize(6);
        assertThat(listed.lines().get(0)).matches("asked  last asked +question");
        assertThat(listed.lines().get(1)).matches("   12  Thu Jun 14, 11(:\\d\\d)?am PDT +is there parking");
        assertThat(listed.lines().get(2)).matches("    5  Thu Jun 14, 11(:\\d\\d)?am PDT +is there a gym");
        assertThat(listed.lines().subList(3, 6)).allMatch(l -> l.matches("    1  .* where can i smoke [0-2]"));
        assertThat(listed.out()).doesNotContain("wifi", "kingsbury", "local");
    }

    @Test
    void withTheLimitAtZeroNothingIsCountedAndTheCommandSaysWhy() {
        Map<String, String> off = Map.of("EMCEE_QUESTIONS_UNANSWERED_LIMIT", "0");
        new Cli().environment(off).stdin("is there parking\n").run("--data", data.toString(), "chat");

        Cli.Result listed = new Cli().environment(off).run("--data", data.toString(), "unanswered");

        assertThat(listed.out()).contains("not counted: questions.unanswered-limit is 0",
                "No unanswered questions counted yet");
    }

    @Test
    void topListsAtMostThatMany() {
        new Cli().stdin("is there parking\nis there a gym\nis there parking\n").run("--data", data.toString(), "chat");

        Cli.Result listed = new Cli().run("--data", data.toString(), "unanswered", "--top", "1");

        assertThat(listed.lines()).hasSize(2);
        assertThat(listed.lines().get(1)).contains("    2  ", "is there parking");
        assertThat(new Cli().run("unanswered", "--top", "0").exitCode()).isEqualTo(2);
    }
}
