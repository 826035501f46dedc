package dev.emcee.slack;

import dev.emcee.core.HomePages;
import dev.emcee.core.QuestionHandler;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.InMemoryInboundClaims;
import dev.emcee.core.InboundClaims;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What Slack is started with.
 *
 * @param environment the process environment ({@code System.getenv()}), or a map in tests: the tokens
 * @param questions where every question goes
 * @param agendas whether personal agendas are on, and then what bookmark buttons do
 * @param claims which deliveries this instance answers (shared by the instances on one database)
 * @param organizerGroups the ids of the Slack user groups whose members are organizers (their membership is read
 *     with {@code usergroups.users.list} and handed to the core with each question)
 * @param home what people's App Home tabs show; empty: the Home tab is not published
 */
public record SlackParts(SlackSettings settings, Map<String, String> environment, QuestionHandler questions,
        Agendas agendas, InboundClaims claims, Set<String> organizerGroups, Optional<HomePages> home) {
    public SlackParts {
        Objects.requireNonNull(home, "home");
        organizerGroups = organizerGroups == null ? Set.of() : Set.copyOf(organizerGroups);
        Objects.requireNonNull(settings, "settings");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(agendas, "agendas");
        Objects.requireNonNull(claims, "claims");
    }

    /** The parts without an App Home. */
    public SlackParts(SlackSettings settings, Map<String, String> environment, QuestionHandler questions,
            Agendas agendas, InboundClaims claims, Set<String> organizerGroups) {
        this(settings, environment, questions, agendas, claims, organizerGroups, Optional.empty());
    }

    /** The parts without organizers' user groups. */
    public SlackParts(SlackSettings settings, Map<String, String> environment, QuestionHandler questions,
            Agendas agendas, InboundClaims claims) {
        this(settings, environment, questions, agendas, claims, Set.of());
    }

    /** The parts of a single instance: every delivery is claimed in memory, on the system clock. */
    public SlackParts(SlackSettings settings, Map<String, String> environment, QuestionHandler questions,
            Agendas agendas) {
        this(settings, environment, questions, agendas, new InMemoryInboundClaims(Clock.systemUTC()));
    }
}
