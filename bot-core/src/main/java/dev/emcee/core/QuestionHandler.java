package dev.emcee.core;

import dev.emcee.core.answer.Answer;

/**
 * The one entry point every chat adapter calls: a question in, an answer out.
 *
 * <p>Implementations never throw for any input; an unanswerable question gets a helpful {@link Answer}.
 */
@FunctionalInterface
public interface QuestionHandler {
    Answer answer(Inquiry inquiry);
}
