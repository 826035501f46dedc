package dev.emcee.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.faq.Faq;
import dev.emcee.core.faq.FaqEntry;
import dev.emcee.core.testing.LogCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FAQ file re-read when it changes; a broken version is reported and changes nothing. */
class FaqFileTest {
    private static final Instant T0 = Instant.parse("2018-06-14T16:00:00Z");

    @TempDir
    Path config;

    private Path write(String answer, int secondsAfter) throws Exception {
        Path file = config.resolve("faq.yaml");
        Files.writeString(file, "faq:\n  - id: wifi\n    questions: [wifi]\n    answer: " + answer + "\n");
        Files.setLastModifiedTime(file, FileTime.from(T0.plusSeconds(secondsAfter)));
        return file;
    }

    private static String answerOf(Faq faq) {
        return faq.entries().stream().map(FaqEntry::answer).findFirst().orElseThrow().plainText();
    }

    @Test
    void aChangedFileIsReadAgainAndAnUnchangedOneIsNot() throws Exception {
        FaqFile file = new FaqFile(write("Demo one.", 0));
        assertThat(answerOf(file.load().faq())).isEqualTo("Demo one.");
        assertThat(file.reloadIfChanged()).as("unchanged").isEmpty();

        write("Demo two.", 10);

        assertThat(file.reloadIfChanged().map(FaqFileTest::answerOf)).contains("Demo two.");
        assertThat(file.reloadIfChanged()).isEmpty();
    }

    @Test
    void aBrokenVersionIsReportedOnceWithItsLineAndTheLastGoodStays() throws Exception {
        FaqFile file = new FaqFile(write("Demo one.", 0));
        file.load();
        Path path = config.resolve("faq.yaml");
        Files.writeString(path, "faq:\n  - id: wifi\n    answer: no questions\n");
        Files.setLastModifiedTime(path, FileTime.from(T0.plusSeconds(10)));

        try (LogCapture log = LogCapture.of(FaqFile.class)) {
            assertThat(file.reloadIfChanged()).isEmpty();
            assertThat(file.reloadIfChanged()).isEmpty();
            assertThat(log.messages()).singleElement().asString()
                    .contains("the last good FAQ stays in service", path + ":2: faq[0].questions: missing");
        }
        write("Demo fixed.", 20);
        assertThat(file.reloadIfChanged().map(FaqFileTest::answerOf)).contains("Demo fixed.");
    }

    @Test
    void aFileThatGoesAwayKeepsTheLastGoodAndIsReadWhenItComesBack() throws Exception {
        FaqFile file = new FaqFile(write("Demo one.", 0));
        file.load();
        Files.delete(config.resolve("faq.yaml"));
        try (LogCapture log = LogCapture.of(FaqFile.class)) {
            assertThat(file.reloadIfChanged()).isEqualTo(Optional.empty());
            assertThat(file.reloadIfChanged()).isEqualTo(Optional.empty());
            assertThat(log.problems()).as("said once").singleElement().asString()
                    .contains("cannot be read", "the last good FAQ stays in service");
        }

        write("Demo back.", 30);
        assertThat(file.reloadIfChanged().map(FaqFileTest::answerOf)).contains("Demo back.");
    }
}
