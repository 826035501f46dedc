package dev.emcee.core.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.PlainTextRenderer;
import dev.emcee.core.testing.ChatHarness;
import dev.emcee.sources.testing.BundledSchedule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Phrasings first fixed on real conferences (titles, "rn", "after lunch", rooms not on the schedule) asked of the
 * bundled one, whose sessions have labels rather than titles and whose day lists no lunch.
 */
class UnderstandingOnTheBundledConferenceTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            what time is Sean Allen on Distributed State | The session "Sean Allen on Distributed State" | Sessions about
            when is the distributed authorization system? | A Netflix case study | Sessions about
            what's on rn | Nothing is on at the conference right now | found nothing
            what's on after lunch | Thursday, June 14, after lunch | A Netflix case study
            """)
    void answers(String question, String contains, String doesNotContain) {
        String text = PlainTextRenderer.render(BundledSchedule.chatAt("2018-06-14T11:00").answer(question));

        assertThat(text).as("reply to \"%s\"", question).contains(contains).doesNotContain(doesNotContain);
    }
}
