package dev.emcee.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.SlowDown;
import dev.emcee.core.answering.Answerer;
import dev.emcee.core.question.Question;
import dev.emcee.core.question.QuestionParser;
import dev.emcee.core.question.QuestionText;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assistant: understands a question about the schedule in service and answers it at the clock's "now".
 *
 * <p>Understood questions are memoized per schedule (a reload starts a fresh memo); each person on a chat platform
 * is rate limited (the local console, the operator's own terminal, is not).
 * No input makes it throw: a failure inside becomes an apologetic {@link NoMatch} and a log line.
 */
public final class Emcee implements QuestionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Emcee.class);

    private final Clock clock;
    private final AnsweringOptions options;
    private final Ticker ticker;
    private final RateLimiter rateLimiter;
    private volatile AnswerObserver observer = AnswerObserver.NONE;
    private final AtomicReference<Understanding> understanding = new AtomicReference<>();

    /** The parser, answerer and memo of one schedule, replaced together when the schedule changes. */
    private record Understanding(Schedule schedule, QuestionParser parser, Answerer answerer,
            Cache<String, Question> memo) {
    }

    /**
     * @param schedule the schedule in service; Emcee follows its replacements
     * @param clock the clock "now" is read from (real, simulated, or fixed in tests)
     * @param ticker the time source of the rate limit and memo (Caffeine's; fake in tests)
     */
    public Emcee(CurrentSchedule schedule, Clock clock, AnsweringOptions options, Ticker ticker) {
        this.clock = clock;
        this.options = options;
        this.ticker = ticker;
        this.rateLimiter = new RateLimiter(options.rateLimitPerMinute(), ticker);
        this.understanding.set(understand(schedule.get()));
        schedule.addListener((previous, current) -> understanding.set(understand(current)));
    }

    /** Tells {@code observer} about every answer from now on (metrics). */
    public void observeWith(AnswerObserver observer) {
        this.observer = observer;
    }

    @Override
    public Optional<Answer> answer(Inquiry inquiry) {
        String person = inquiry.platform() + ":" + inquiry.userId();
        long started = ticker.read();
        try {
            RateLimiter.Verdict verdict = inquiry.platform() == Platform.CONSOLE ? RateLimiter.Verdict.ALLOW
                    : rateLimiter.check(person);
            if (verdict != RateLimiter.Verdict.ALLOW) {
                observe(inquiry, "RateLimited", started);
                return verdict == RateLimiter.Verdict.DROP ? Optional.empty()
                        : Optional.of(new SlowDown(rateLimiter.retryAfter(person)));
            }
            Understanding u = understanding.get();
            Question question = understand(u, QuestionText.normalize(inquiry.text()));
            Answer answer = u.answerer().answer(question, clock.instant());
            observe(inquiry, question.getClass().getSimpleName(), started);
            return Optional.of(answer);
        } catch (RuntimeException e) {
            LOG.error("Could not answer a question ({} characters): {}", inquiry.text().length(), e.toString(), e);
            return Optional.of(new NoMatch("Sorry, something went wrong while answering that. Try \"help\".",
                    List.of()));
        }
    }

    private void observe(Inquiry inquiry, String intent, long startedNanos) {
        try {
            observer.answered(inquiry.platform(), intent, java.time.Duration.ofNanos(ticker.read() - startedNanos));
        } catch (RuntimeException e) {
            LOG.warn("An answer observer failed: {}", e.toString());
        }
    }

    /** The understood form of a question, without answering it (for tools and tests). */
    public Question understand(String text) {
        return understand(understanding.get(), QuestionText.normalize(text));
    }

    /** Example questions that work on the schedule in service. */
    public List<String> examples() {
        return understanding.get().answerer().examples();
    }

    private static Question understand(Understanding u, String normalized) {
        return u.memo().get(normalized, u.parser()::parse);
    }

    private Understanding understand(Schedule schedule) {
        Cache<String, Question> memo = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .maximumSize(options.understoodQuestionsCached())
                .build();
        return new Understanding(schedule, new QuestionParser(schedule), new Answerer(schedule), memo);
    }
}
