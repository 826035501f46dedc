package dev.emcee.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.emcee.core.AnsweringOptions;
import dev.emcee.core.Emcee;
import dev.emcee.core.Inquiry;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.question.Question;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.sources.testing.BundledSchedule;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The benchmark's questions are the mix the issue names, repeatable, and Emcee understands most of them. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class QuestionMixTest {
    private final Schedule bundled = BundledSchedule.load();

    @Test
    void isTheSameForTheSameSeed() {
        assertThat(QuestionMix.of(bundled, 3, 200)).isEqualTo(QuestionMix.of(bundled, 3, 200))
                .isNotEqualTo(QuestionMix.of(bundled, 4, 200));
    }

    @Test
    void asksNextInARoomWhoIsAtATimeTopicsAndTyposAndGetsAnswers() {
        Emcee emcee = new Emcee(new CurrentSchedule(bundled),
                Clock.fixed(BenchConferences.askedAt(bundled), ZoneOffset.UTC), new AnsweringOptions(0, 100),
                Ticker.systemTicker());
        List<String> mix = QuestionMix.of(bundled, 8, 600);

        Map<String, Long> kinds = mix.stream().map(emcee::understand).map(Question::getClass)
                .collect(Collectors.groupingBy(Class::getSimpleName, Collectors.counting()));
        long apologies = mix.stream().map(q -> emcee.answer(new Inquiry(Platform.SLACK, "u", q)).orElseThrow())
                .filter(a -> a instanceof NoMatch n && n.message().startsWith("Sorry")).count();

        assertThat(kinds).containsKeys("Next", "AboutPerson", "At", "Search");
        assertThat(apologies).isZero();
    }

    @Test
    void aTypoChangesOneLetterOfTheLongestWord() {
        Random random = new Random(1);
        for (int i = 0; i < 100; i++) {
            String typo = QuestionMix.misspell("Kyle Kingsbury", random);
            assertThat(typo).startsWith("Kyle ").isNotEqualTo("Kyle Kingsbury");
            assertThat(Math.abs(typo.length() - "Kyle Kingsbury".length())).isLessThanOrEqualTo(1);
        }
        assertThat(List.of("a", "ab")).extracting(w -> QuestionMix.misspell(w, random)).containsExactly("a", "ab");
    }
}
