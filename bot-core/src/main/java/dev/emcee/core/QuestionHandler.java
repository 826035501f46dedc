package dev.emcee.core;

import dev.emcee.core.answer.Answer;
import java.util.Optional;

/**
 * The one entry point every chat adapter calls: a question in, an answer out.
 *
 * <p>Implementations never throw for any input; an unanswerable question gets a helpful {@link Answer}. The answer
 * is empty only when the person should hear nothing: after the one polite rate-limit notice, further questions in
 * the same minute are dropped silently (an adapter that must acknowledge, such as a Slack slash command, acks with
 * no text).
 */
@FunctionalInterface
public interface QuestionHandler {
    Optional<Answer> answer(Inquiry inquiry);
}
