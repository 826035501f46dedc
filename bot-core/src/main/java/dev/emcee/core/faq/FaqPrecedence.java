package dev.emcee.core.faq;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.Clarification;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.SessionListing;
import dev.emcee.core.question.Question;

/**
 * Whether the FAQ may answer instead of the schedule. The schedule wins whenever it understood the question and
 * has an answer: "who is Kyle Kingsbury", "what's next", and a search whose every word a session has. The FAQ may
 * answer what the schedule could not: nothing found, a question not understood, a "which one?", or a search that
 * found sessions only for some of the words or for words like them ("wifi password" finding "passwords").
 */
public final class FaqPrecedence {
    private FaqPrecedence() {
    }

    /** Whether the schedule's {@code answer} to {@code question} leaves room for an FAQ answer. */
    public static boolean scheduleDefers(Question question, Answer answer) {
        if (question instanceof Question.Personal || question instanceof Question.Help
                || question instanceof Question.SmallTalk) {
            return false;
        }
        return answer instanceof Clarification || leftUnanswered(question, answer);
    }

    /**
     * Whether {@code answer} leaves {@code question} unanswered: nothing found, or a search that found sessions
     * only for words like the asked ones or for some of them ("where is the party" showing sessions on "part").
     */
    public static boolean leftUnanswered(Question question, Answer answer) {
        return answer instanceof NoMatch || question instanceof Question.Search
                && answer instanceof SessionListing listing && listing.note().isPresent();
    }
}
