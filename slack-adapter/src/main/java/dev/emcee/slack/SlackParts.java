package dev.emcee.slack;

import dev.emcee.core.QuestionHandler;
import dev.emcee.core.platform.Agendas;
import java.util.Map;
import java.util.Objects;

/**
 * What Slack is started with.
 *
 * @param environment the process environment ({@code System.getenv()}), or a map in tests: the tokens
 * @param questions where every question goes
 * @param agendas whether personal agendas are on, and then what bookmark buttons do
 */
public record SlackParts(SlackSettings settings, Map<String, String> environment, QuestionHandler questions,
        Agendas agendas) {
    public SlackParts {
        Objects.requireNonNull(settings, "settings");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(agendas, "agendas");
    }
}
