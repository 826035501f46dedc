package dev.emcee.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.FaqAnswer;
import dev.emcee.core.answer.PersonProfile;
import dev.emcee.core.faq.FaqEntry;
import dev.emcee.core.testing.ChatHarness;
import dev.emcee.sources.testing.BundledSchedule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The demo FAQ beside the bundled conference: what it answers, what it leaves to the schedule, and its marking. */
class BundledFaqTest {
    private final ChatHarness chat = BundledSchedule.chatWithFaqAt("2018-06-14T11:00");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "wifi password?|What is the wifi password?",
        "What's the WiFi password|What is the wifi password?",
        "wifi pasword|What is the wifi password?",
        "where is lunch|Where is lunch?",
        "hey emcee, where's lunch?|Where is lunch?",
        "is there a code of conduct|Is there a code of conduct?",
        "code of conduct|Is there a code of conduct?",
        "where do i get my badge|Where do I pick up my badge?",
        "badge pickup|Where do I pick up my badge?"})
    void theDemoFaqAnswersTheQuestionsTheScheduleCannot(String question, String topic) {
        assertThat(chat.answer(question)).as(question).isInstanceOfSatisfying(FaqAnswer.class,
                faq -> assertThat(faq.topic()).isEqualTo(topic));
    }

    @ParameterizedTest
    @ValueSource(strings = {"who is Kyle Kingsbury", "who is kyle kingsbury?", "kyle kingsbury"})
    void scheduleQuestionsStillGetTheSchedulesAnswer(String question) {
        assertThat(chat.answer(question)).isInstanceOf(PersonProfile.class);
        assertThat(chat.ask("what's next in LL21 A/B")).startsWith("Up next in LL21 A/B");
    }

    @Test
    void everyDemoAnswerIsMarkedAsDemoText() {
        assertThat(BundledSchedule.faq().entries()).hasSize(4).extracting(FaqEntry::answer)
                .allSatisfy(answer -> assertThat(answer.plainText()).startsWith("Demo text:"));
    }

    @Test
    void helpListsTheFaq() {
        assertThat(chat.ask("help")).contains("What is the wifi password?", "Where is lunch?",
                "Is there a code of conduct?", "Where do I pick up my badge?");
    }
}
