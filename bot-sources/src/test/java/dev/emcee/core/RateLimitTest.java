package dev.emcee.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.SlowDown;
import dev.emcee.core.answer.UpNext;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.core.testing.ChatHarness;
import dev.emcee.sources.testing.BundledSchedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A person asking more than the limit a minute gets one polite notice, then silence, then answers again. */
class RateLimitTest {
    private final ChatHarness chat = new ChatHarness(BundledSchedule.load(),
            BundledConference.at("2018-06-14T11:00"), new AnsweringOptions(3, 100)).on(Platform.SLACK);

    @Test
    void oneNoticeThenSilenceUntilTheMinuteEnds() {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(chat.as("alice").answer("what's next"));
        }
        assertThat(answers.subList(0, 3)).allMatch(a -> a instanceof UpNext);
        assertThat(answers.get(3)).isInstanceOf(SlowDown.class);
        assertThat(((SlowDown) answers.get(3)).retryAfter()).isEqualTo(Duration.ofMinutes(1));
        assertThat(answers.subList(4, 10)).containsOnlyNulls();

        chat.pass(Duration.ofSeconds(61));
        assertThat(chat.as("alice").answer("what's next")).isInstanceOf(UpNext.class);
    }

    @Test
    void theNoticeSaysHowLongToWait() {
        for (int i = 0; i < 3; i++) {
            chat.as("carol").answer("what's next");
        }
        chat.pass(Duration.ofSeconds(20));
        assertThat(((SlowDown) chat.as("carol").answer("what's next")).retryAfter()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void peopleAreLimitedSeparately() {
        for (int i = 0; i < 5; i++) {
            chat.as("alice").answer("what's next");
        }
        assertThat(chat.as("bob").answer("what's next")).isInstanceOf(UpNext.class);
    }

    @Test
    void theOperatorsConsoleIsNotLimited() {
        chat.on(Platform.CONSOLE);
        for (int i = 0; i < 50; i++) {
            assertThat(chat.as("operator").answer("what's next")).isInstanceOf(UpNext.class);
        }
    }

    @Test
    void zeroTurnsTheLimitOff() {
        ChatHarness unlimited = new ChatHarness(BundledSchedule.load(), BundledConference.at("2018-06-14T11:00"),
                new AnsweringOptions(0, 100)).on(Platform.DISCORD);
        for (int i = 0; i < 200; i++) {
            assertThat(unlimited.answer("what's next")).isInstanceOf(UpNext.class);
        }
    }
}
