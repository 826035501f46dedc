package dev.emcee.core.faq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.Emcee;
import dev.emcee.core.UnansweredQuestions;
import dev.emcee.core.announce.TestConference;
import dev.emcee.core.answer.FaqAnswer;
import dev.emcee.core.answer.HelpAnswer;
import dev.emcee.core.answer.LinkedText;
import dev.emcee.core.answer.SessionListing;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.core.testing.ChatHarness;
import dev.emcee.core.testing.LogCapture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Through Emcee: the schedule wins when both fit, the FAQ answers what the schedule cannot, a new FAQ replaces the
 * old one at once, and what neither answers is counted by its normalized text.
 */
class FaqPrecedenceTest {
    private final ChatHarness chat = new ChatHarness(TestConference.in("America/Los_Angeles")
            .talk("alpha", "2018-06-14T10:00", "ll21ab").talk("beta", "2018-06-14T11:00", "ll21ab").build(),
            BundledConference.at("2018-06-14T09:00"));
    private final List<String> unanswered = new ArrayList<>();

    FaqPrecedenceTest() {
        chat.emcee().useFaq(faq("Demo text: the wifi is Velocity-Demo."));
        chat.emcee().countUnansweredIn((text, at) -> unanswered.add(text));
    }

    private static Faq faq(String wifiAnswer) {
        return new Faq(List.of(
                new FaqEntry("wifi", List.of("What is the wifi password?"), LinkedText.plain(wifiAnswer)),
                new FaqEntry("alpha", List.of("alpha party"), LinkedText.plain("The alpha party is at 8pm."))));
    }

    @Test
    void theFaqAnswersWhatTheScheduleCannot() {
        assertThat(chat.answer("wifi password?")).isEqualTo(new FaqAnswer("What is the wifi password?",
                LinkedText.plain("Demo text: the wifi is Velocity-Demo.")));
        assertThat(unanswered).isEmpty();
    }

    @Test
    void theScheduleWinsWhenBothFit() {
        assertThat(chat.answer("anything on alpha?")).isInstanceOf(SessionListing.class);
        assertThat(chat.answer("alpha party")).as("no session is about a party: the FAQ answers")
                .isInstanceOf(FaqAnswer.class);
    }

    @Test
    void aNewFaqIsInServiceAtOnceAndNoFaqAnswersNothing() {
        chat.emcee().useFaq(faq("Demo text: now it is Velocity-Two."));
        assertThat(chat.ask("wifi password")).isEqualTo("Demo text: now it is Velocity-Two.");

        chat.emcee().useFaq(Faq.none());
        assertThat(chat.answer("wifi password")).isNotInstanceOf(FaqAnswer.class);
    }

    @Test
    void helpListsTheFaqsQuestions() {
        HelpAnswer help = (HelpAnswer) chat.answer("help");
        assertThat(help.examples()).contains("What is the wifi password?", "alpha party");
    }

    @Test
    void whatNeitherAnswersIsCountedByItsNormalizedTextOnly() {
        chat.as("U123").ask("Hey Emcee, is there PARKING??");
        chat.ask("what's next");
        chat.ask("wifi");

        assertThat(unanswered).containsExactly("is there parking");
    }

    @Test
    void aFailingCounterDoesNotCostTheAnswer() {
        UnansweredQuestions broken = (text, at) -> {
            throw new IllegalStateException("database down");
        };
        chat.emcee().countUnansweredIn(broken);
        try (LogCapture log = LogCapture.of(Emcee.class)) {
            assertThat(chat.ask("is there parking")).startsWith("I found nothing");
            assertThat(log.problems()).singleElement().asString().contains("Could not count an unanswered question",
                    "database down");
        }
    }

    @Test
    void theCountIsStampedWithEmceesClock() {
        List<Instant> at = new ArrayList<>();
        chat.emcee().countUnansweredIn((text, when) -> at.add(when));
        chat.ask("is there parking");
        assertThat(at).containsExactly(BundledConference.at("2018-06-14T09:00"));
    }
}
