package dev.emcee.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.SessionListing;
import dev.emcee.core.question.Question;
import dev.emcee.core.testing.ChatHarness;
import dev.emcee.sources.testing.BundledSchedule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** "The first talk today", "the last session in LL21 A/B": one session, not the day's list. */
class ListEndsOnTheBundledConferenceTest {
    private final ChatHarness chat = BundledSchedule.chatAt("2018-06-14T11:00");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the first talk today|The first session on Thursday, June 14|Sean Allen",
        "what's the FIRST session?|The first session on Thursday, June 14|Sean Allen",
        "the last session today in LL21 A/B|The last session on Thursday, June 14 in LL21 A/B|4:35pm",
        "last talk in the distributed systems track|The last session on Thursday, June 14 in the Distributed Systems "
                + "track|4:35pm",
        "when is the final talk on thursday|The last session on Thursday, June 14|4:35pm",
        "the first talk tomorrow|No session is scheduled on Friday, June 15.|Friday"})
    void oneEndOfTheDayIsOneSession(String question, String heading, String detail) {
        assertThat(chat.answer(question)).as(question).isInstanceOfSatisfying(SessionListing.class,
                listing -> assertThat(listing.sessions()).hasSizeLessThanOrEqualTo(1));
        assertThat(chat.ask(question)).as(question).contains(heading, detail);
    }

    @Test
    void aPickThatNamesSomeoneIsAboutThatPerson() {
        assertThat(chat.emcee().understand("the first talk by Kyle Kingsbury"))
                .isNotInstanceOf(Question.Pick.class);
        assertThat(chat.ask("the first talk by Kyle Kingsbury")).contains("Kyle Kingsbury");
    }

    @Test
    void withoutKeynotesTheKeynoteIsNoPick() {
        assertThat(chat.emcee().understand("the keynote")).isNotInstanceOf(Question.Pick.class);
    }
}
