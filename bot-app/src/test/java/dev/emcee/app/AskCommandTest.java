package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code emcee ask}: one answer as text or JSON, and JSON Lines for a batch. */
class AskCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void answersOneQuestionOnTheDemoClock() {
        Cli.Result r = new Cli().run("ask", "what's next in LL21 A/B");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Up next in LL21 A/B (in 25 minutes):")
                .contains("Sean Allen on Distributed State", "11:25am–12:05pm PDT");
    }

    @Test
    void nowMovesTheClockAndNamesWhatIsOn() {
        Cli.Result r = new Cli().run("ask", "--now", "2018-06-14T13:30", "what's next in LL21 A/B");
        assertThat(r.out()).contains("Christian Grabowski", "2:10pm", "in 40 minutes", "On now in LL21 A/B",
                "The distributed authorization system: A Netflix case study", "25 minutes left");
    }

    @Test
    void globalOptionsWorkBeforeTheCommandAndWithOffsets() {
        Cli.Result before = new Cli().run("--now", "2018-06-14T13:30", "ask", "what's", "next", "in", "ll21");
        Cli.Result offset = new Cli().run("ask", "--now", "2018-06-14T20:30:00Z", "what's next in ll21");
        assertThat(before.out()).contains("Christian Grabowski");
        assertThat(offset.out()).isEqualTo(before.out());
    }

    @Test
    void whoIsKyleKingsbury() {
        Cli.Result r = new Cli().run("ask", "who is Kyle Kingsbury");
        assertThat(r.out()).contains("Kyle Kingsbury (Jepsen)", "3:40pm", "LL21 A/B");
    }

    @Test
    void jsonFormatIsTheStructuredAnswer() throws Exception {
        Cli.Result r = new Cli().run("ask", "--format", "json", "who is Kyle Kingsbury");
        JsonNode answer = JSON.readTree(r.out());
        assertThat(answer.get("kind").asText()).isEqualTo("PersonProfile");
        assertThat(answer.at("/person/affiliation").asText()).isEqualTo("Jepsen");
        assertThat(answer.at("/sessions/0/start").asText()).isEqualTo("2018-06-14T22:40:00Z");
        assertThat(answer.at("/sessions/0/room").asText()).isEqualTo("LL21 A/B");
    }

    @Test
    void batchWritesOneJsonObjectPerInputLine() throws Exception {
        List<String> questions = List.of("what's next in LL21 A/B", "who's from Fastly", "", "🤔 <!channel>",
                "who is Kyle Kingsbury");
        Cli.Result r = new Cli().stdin(String.join("\n", questions) + "\n").run("ask", "--batch");
        assertThat(r.exitCode()).isZero();
        assertThat(r.lines()).hasSize(questions.size());
        for (int i = 0; i < questions.size(); i++) {
            JsonNode record = JSON.readTree(r.lines().get(i));
            assertThat(record.get("question").asText()).isEqualTo(questions.get(i));
            assertThat(record.get("text").asText()).isNotBlank();
            assertThat(record.at("/answer/kind").asText()).isNotBlank();
        }
        assertThat(JSON.readTree(r.lines().get(0)).at("/answer/kind").asText()).isEqualTo("UpNext");
        assertThat(JSON.readTree(r.lines().get(0)).at("/answer/next/0/speakers/0/name").asText())
                .isEqualTo("Sean Allen");
        assertThat(JSON.readTree(r.lines().get(1)).get("text").asText()).contains("Emily Shea (Fastly)");
        assertThat(JSON.readTree(r.lines().get(2)).at("/answer/kind").asText()).isEqualTo("HelpAnswer");
    }

    @Test
    void batchOfThousandsIsNotRateLimited() throws Exception {
        Cli.Result r = new Cli().stdin("what's next\n".repeat(500)).run("ask", "--batch");
        assertThat(r.lines()).hasSize(500).allSatisfy(line ->
                assertThat(JSON.readTree(line).at("/answer/kind").asText()).isEqualTo("UpNext"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(new Cli().run("ask").exitCode()).isEqualTo(2);
        Cli.Result badFormat = new Cli().run("ask", "--format", "xml", "rooms");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("unknown format 'xml'", "text", "json");
        assertThat(new Cli().run("ask", "--no-such-option", "x").exitCode()).isEqualTo(2);
    }

    @Test
    void aBadNowIsExplained() {
        Cli.Result r = new Cli().run("ask", "--now", "half past two", "what's next");
        assertThat(r.exitCode()).as("a usage error").isEqualTo(2);
        assertThat(r.err()).contains("'--now': 'half past two' is not an ISO-8601 time", "2018-06-14T11:00");
    }
}
