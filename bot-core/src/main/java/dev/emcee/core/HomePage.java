package dev.emcee.core;

import dev.emcee.core.answer.Answer;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person's home page on a platform shows (Slack's App Home): the answers to "what's on now", "what's next",
 * "my agenda" (when personal agendas are on) and "help", as that person would get them.
 */
public record HomePage(Answer onNow, Answer upNext, Optional<Answer> agenda, Answer help) {
    public HomePage {
        Objects.requireNonNull(onNow, "onNow");
        Objects.requireNonNull(upNext, "upNext");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(help, "help");
    }
}
