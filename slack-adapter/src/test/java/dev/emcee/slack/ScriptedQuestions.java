package dev.emcee.slack;

import dev.emcee.core.Inquiry;
import dev.emcee.core.QuestionHandler;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.HelpAnswer;
import dev.emcee.core.answer.UpNext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the core in transport tests: "…LL21…" gets Sean Allen's session as up next, "boom" throws,
 * "quiet" gets no answer, anything else help. It records every inquiry it receives.
 */
final class ScriptedQuestions implements QuestionHandler {
    private final List<Inquiry> received = new CopyOnWriteArrayList<>();

    @Override
    public Optional<Answer> answer(Inquiry inquiry) {
        received.add(inquiry);
        String text = inquiry.text();
        if (text.contains("boom")) {
            throw new IllegalStateException("a bug in the core");
        }
        if (text.equals("quiet")) {
            return Optional.empty();
        }
        if (text.contains("LL21")) {
            return Optional.of(new UpNext("in LL21 A/B", List.of(SlackSamples.seanAllen()), List.of(),
                    SlackSamples.ELEVEN));
        }
        return Optional.of(new HelpAnswer("I answer questions about the conference.", List.of("what's next")));
    }

    List<Inquiry> received() {
        return received;
    }

    List<String> texts() {
        return received.stream().map(Inquiry::text).toList();
    }
}
