package dev.emcee.core.faq;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.FaqAnswer;
import dev.emcee.core.question.Question;
import dev.emcee.core.question.QuestionText;
import java.util.List;

/**
 * The FAQ in service, answering what the schedule leaves open ({@link FaqPrecedence}). Built once per FAQ; pure.
 */
public final class FaqAnswering {
    private final Faq faq;
    private final FaqMatcher matcher;

    public FaqAnswering(Faq faq) {
        this.faq = faq;
        this.matcher = new FaqMatcher(faq);
    }

    /** No FAQ. */
    public static FaqAnswering none() {
        return new FaqAnswering(Faq.none());
    }

    /** The FAQ this answers from. */
    public Faq faq() {
        return faq;
    }

    /**
     * The FAQ's answer when the schedule's {@code answer} to {@code question} leaves room for one and an entry fits
     * {@code typed} (the question as the person typed it); else the schedule's answer.
     */
    public Answer answer(Question question, Answer answer, String typed) {
        if (matcher.isEmpty() || !FaqPrecedence.scheduleDefers(question, answer)) {
            return answer;
        }
        return matcher.match(QuestionText.normalize(typed)).<Answer>map(e -> new FaqAnswer(e.topic(), e.answer()))
                .orElse(answer);
    }

    /** What help lists for the FAQ: each entry's first phrasing. */
    public List<String> helpExamples() {
        return faq.entries().stream().map(FaqEntry::topic).toList();
    }
}
