package dev.emcee.bench;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.emcee.core.AnsweringOptions;
import dev.emcee.core.Emcee;
import dev.emcee.core.Inquiry;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.question.Question;
import dev.emcee.core.question.QuestionParser;
import dev.emcee.core.question.QuestionText;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Answering a mixed set of questions ({@link QuestionMix}) on one thread, through {@link Emcee} as adapters call
 * it, at 11:00 on the conference's first day.
 *
 * <ul>
 *   <li>{@code memoized}: as people meet it. Emcee memoizes understood questions per normalized text, so a
 *       question asked before skips the parser; the mix of 1,024 questions is all in the memo after warm-up.</li>
 *   <li>{@code cold}: every question as if asked for the first time (an Emcee that memoizes nothing).</li>
 *   <li>{@code understandCold}: the parser alone (normalizing and understanding, no answer).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx2g"})
public class AnswerBenchmark {
    /** How many distinct questions the mix holds (a power of two). */
    static final int MIX_SIZE = 1_024;
    private static final long MIX_SEED = 8L;

    @Param({BenchConferences.BUNDLED, BenchConferences.FOSDEM_2021, BenchConferences.GENERATED_10K})
    public String conference;

    private String[] questions;
    private Emcee memoizing;
    private Emcee forgetful;
    private QuestionParser parser;

    /** Where each benchmark thread is in the mix. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        String take(String[] questions) {
            return questions[next++ & (MIX_SIZE - 1)];
        }
    }

    @Setup(Level.Trial)
    public void load() {
        Schedule schedule = BenchConferences.load(conference);
        questions = QuestionMix.of(schedule, MIX_SEED, MIX_SIZE).toArray(String[]::new);
        Clock clock = Clock.fixed(BenchConferences.askedAt(schedule), ZoneOffset.UTC);
        CurrentSchedule current = new CurrentSchedule(schedule);
        memoizing = new Emcee(current, clock, new AnsweringOptions(0, 10_000), Ticker.systemTicker());
        forgetful = new Emcee(current, clock, new AnsweringOptions(0, 0), Ticker.systemTicker());
        parser = new QuestionParser(schedule);
        for (String question : questions) {
            memoizing.answer(inquiry(question));
        }
    }

    @Benchmark
    public Optional<Answer> memoized(Cursor cursor) {
        return memoizing.answer(inquiry(cursor.take(questions)));
    }

    @Benchmark
    public Optional<Answer> cold(Cursor cursor) {
        return forgetful.answer(inquiry(cursor.take(questions)));
    }

    @Benchmark
    public Question understandCold(Cursor cursor) {
        return parser.parse(QuestionText.normalize(cursor.take(questions)));
    }

    /** The questions of the mix for {@code conference} (for tests and the summary). */
    static List<String> mix(Schedule schedule) {
        return QuestionMix.of(schedule, MIX_SEED, MIX_SIZE);
    }

    private static Inquiry inquiry(String text) {
        return new Inquiry(Platform.SLACK, "u", text);
    }
}
