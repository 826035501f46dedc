package dev.emcee.core.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionTextTest {
    @Test
    void anyInputOfAnyLengthNormalizesWithinTheLimit() {
        List<String> inputs = List.of("", "what's next in LL21 A/B?", "who is ".repeat(500) + "kyle",
                "x".repeat(10_000), "🎤".repeat(5_000), "Hey <@U1>, " + "please ".repeat(400) + "what's next");
        for (String input : inputs) {
            assertThat(QuestionText.normalize(input).length()).isLessThanOrEqualTo(QuestionText.MAX_LENGTH);
        }
        assertThat(QuestionText.normalize(null)).isEmpty();
    }

    @Test
    void questionsAsTypedDifferentlyNormalizeAlike() {
        assertThat(QuestionText.normalize("Hey emcee, WHAT'S next in LL21 A/B??"))
                .isEqualTo(QuestionText.normalize("what is next in ll21 a/b"));
    }
}
