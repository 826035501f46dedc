package dev.emcee.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.testing.ChatHarness;
import dev.emcee.sources.testing.BundledSchedule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several phrasings of one question get exactly the same answer. */
class EquivalentPhrasingsTest {
    private final ChatHarness chat = BundledSchedule.chatAt("2018-06-14T13:30");

    @Test
    void nextInARoom() {
        assertSameAnswer(List.of("what's next in LL21 A/B", "What is next in ll21ab?", "next in ll21",
                "hey emcee, what's next in LL21 A/B please", "whats next in LL21 a b", "WHAT'S NEXT IN LL21 A/B?!"));
    }

    @Test
    void whoIsAPerson() {
        assertSameAnswer(List.of("who is Kyle Kingsbury", "who's kyle kingsbury?", "Kyle Kingsbury",
                "tell me about kyle kingsbury", "when is kyle kingsbury speaking", "kingsbury",
                "could you tell me who kyle kingsbury is"));
    }

    @Test
    void atATime() {
        assertSameAnswer(List.of("what's on at 2:30", "what's on at 14:30", "what is on at 2:30pm",
                "anything at 2.30 pm?", "at 14:30"));
    }

    @Test
    void topicSearch() {
        assertSameAnswer(List.of("anything on authorization?", "talks about authorization",
                "sessions on authorization", "Authorization"));
    }

    private void assertSameAnswer(List<String> phrasings) {
        Object first = chat.answer(phrasings.get(0));
        for (String phrasing : phrasings) {
            assertThat(chat.answer(phrasing)).as("answer to \"%s\"", phrasing).isEqualTo(first);
        }
    }
}
