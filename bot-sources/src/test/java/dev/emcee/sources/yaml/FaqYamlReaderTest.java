package dev.emcee.sources.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emcee.core.answer.LinkedText;
import dev.emcee.core.faq.FaqEntry;
import dev.emcee.sources.read.LoadedFaq;
import dev.emcee.sources.read.Problem;
import dev.emcee.sources.read.ScheduleLoadException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The FAQ file: entries with their phrasings and linked answers, and every mistake with its line and field. */
class FaqYamlReaderTest {
    private final FaqYamlReader reader = new FaqYamlReader();

    private LoadedFaq read(String yaml) throws ScheduleLoadException {
        return reader.read("config/faq.yaml", new StringReader(yaml));
    }

    private List<String> problems(String yaml) {
        try {
            return read(yaml).warnings().stream().map(Problem::toString).toList();
        } catch (ScheduleLoadException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
    }

    @Test
    void readsEntriesWithTheirPhrasingsAndLinks() throws Exception {
        LoadedFaq loaded = read("""
                faq:
                  - id: coc
                    questions: ["Is there a code of conduct?", report harassment]
                    answer: >-
                      Demo text: read [our code](https://example.org/coc) or https://example.org/report.
                  - id: lunch
                    questions: Where is lunch?
                    answer: In the hall.
                """);

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.faq().entries()).extracting(FaqEntry::id).containsExactly("coc", "lunch");
        FaqEntry coc = loaded.faq().entries().get(0);
        assertThat(coc.phrasings()).containsExactly("Is there a code of conduct?", "report harassment");
        assertThat(coc.answer().parts()).containsExactly(new LinkedText.Plain("Demo text: read "),
                new LinkedText.Link("our code", "https://example.org/coc"), new LinkedText.Plain(" or "),
                new LinkedText.Link("https://example.org/report", "https://example.org/report"),
                new LinkedText.Plain("."));
        assertThat(loaded.faq().entries().get(1).phrasings()).as("one phrasing may be written alone")
                .containsExactly("Where is lunch?");
    }

    @Test
    void aBrokenEntryIsReportedWithFileLineAndField() {
        assertThat(problems("""
                faq:
                  - id: wifi
                    questions: ["wifi password?"]
                    answer: Demo text.
                  - id: coc
                    questoins: ["code of conduct?"]
                    answer: See [the code](javascript:alert(1)).
                  - id: wifi
                    questions: [where is it]
                """)).containsExactly(
                "error: config/faq.yaml:6: faq[1].questoins: unknown field (did you mean 'questions'?); known fields: "
                        + "id, questions, answer",
                "error: config/faq.yaml:5: faq[1].questions: missing; give one or more ways attendees ask this, e.g. "
                        + "[\"wifi password?\"]",
                "error: config/faq.yaml:7: faq[1].answer: the link 'the code' goes to 'javascript:alert(1)'; links "
                        + "must be http:// or https:// addresses",
                "error: config/faq.yaml:8: faq[2].id: the id 'wifi' is used by an earlier entry",
                "warning: config/faq.yaml:9: faq[2].questions: 'where is it' has no word that says what it is about, "
                        + "so it never matches on its own",
                "error: config/faq.yaml:8: faq[2].answer: missing; this field is required");
    }

    @Test
    void aFileWithoutEntriesOrNotYamlIsRefusedWithWhere() {
        assertThat(problems("entries: []\n")).contains(
                "error: config/faq.yaml:1: entries: unknown field; known fields: faq",
                "error: config/faq.yaml:1: faq: missing; list the entries under faq:");
        assertThatThrownBy(() -> read("faq:\n  - id: [\n")).isInstanceOf(ScheduleLoadException.class)
                .hasMessageContaining("config/faq.yaml:");
        assertThat(problems("")).containsExactly("error: config/faq.yaml: the file is empty; write a list of "
                + "entries under faq:");
    }
}
