package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.core.testing.LogCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo FAQ through the command line: ask, JSON, and emcee check's line and problems. */
class FaqCommandsTest {
    @TempDir
    Path dir;

    @Test
    void askAnswersFromTheDemoFaqAndTheScheduleStillAnswersScheduleQuestions() {
        assertThat(new Cli().run("ask", "wifi password?").out()).startsWith("Demo text: the network would be");
        assertThat(new Cli().run("ask", "where is lunch").out()).startsWith("Demo text: on the schedule, the "
                + "Distributed Systems track breaks between the 12:05pm and the 1:15pm sessions");
        assertThat(new Cli().run("ask", "who is Kyle Kingsbury").out()).startsWith("Kyle Kingsbury (Jepsen)");
    }

    @Test
    void theJsonFormOfAnFaqAnswerHasItsTopicAndLinks() throws Exception {
        JsonNode answer = new ObjectMapper().readTree(new Cli().run("ask", "--format", "json", "code of conduct")
                .out());
        assertThat(answer.get("kind").asText()).isEqualTo("FaqAnswer");
        assertThat(answer.get("topic").asText()).isEqualTo("Is there a code of conduct?");
        assertThat(answer.at("/answer/parts/1/url").asText())
                .isEqualTo("https://conferences.oreilly.com/velocity/vl-ca-2018");
    }

    @Test
    void checkCountsTheFaqEntries() {
        Cli.Result r = new Cli().run("check");
        assertThat(r.exitCode()).isZero();
        assertThat(r.lines()).contains("faq: 4 entries from " + BundledConference.configDirectory().resolve("faq.yaml"));
    }

    @Test
    void checkReportsABrokenEntryWithFileLineAndFieldAndFails() throws Exception {
        Path faq = configWithFaq("faq:\n  - id: wifi\n    questions: [wifi]\n  - id: lunch\n    question: [lunch]\n"
                + "    answer: In the hall.\n");
        Cli.Result r = new Cli().runRaw("--config", dir.toString(), "check");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("faq: refused: " + faq, "error: " + faq + ":2: faq[0].answer: missing",
                "error: " + faq + ":5: faq[1].question: unknown field (did you mean 'questions'?)");
    }

    @Test
    void aBrokenFaqAtStartIsReportedAndTheScheduleStillAnswers() throws Exception {
        configWithFaq("faq:\n  - id: wifi\n");
        try (LogCapture log = LogCapture.of(EmceeRuntime.class)) {
            Cli.Result r = new Cli().runRaw("--config", dir.toString(), "--data", dir.resolve("data").toString(),
                    "ask", "who is Kyle Kingsbury");

            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).startsWith("Kyle Kingsbury (Jepsen)");
            assertThat(String.join("\n", log.messages())).contains("The FAQ in",
                    "has errors and is not used until they are fixed", "faq[0].questions: missing");
        }
    }

    private Path configWithFaq(String yaml) throws Exception {
        Files.writeString(dir.resolve("emcee.yaml"), "schedule: {files: ["
                + BundledConference.configDirectory().resolve(BundledConference.FILE) + "]}\nfaq: {file: faq.yaml}\n");
        return Files.writeString(dir.resolve("faq.yaml"), yaml);
    }
}
