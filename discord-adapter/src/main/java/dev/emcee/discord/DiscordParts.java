package dev.emcee.discord;

import dev.emcee.core.QuestionHandler;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.InMemoryInboundClaims;
import dev.emcee.core.InboundClaims;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What Discord is started with.
 *
 * @param environment the process environment, or a map in tests: the token in {@value DiscordConnector#TOKEN_VARIABLE}
 * @param questions where every question goes
 * @param schedule where autocompletion finds names
 * @param agendas whether personal agendas are on, and then what bookmark buttons do
 * @param deferAfter how long a slash command may take before its reply is deferred
 * @param claims which messages and interactions this instance answers: every gateway session of a bot receives
 *     every message, so several instances share one claim store
 */
public record DiscordParts(DiscordSettings settings, Map<String, String> environment, QuestionHandler questions,
        CurrentSchedule schedule, Agendas agendas, Duration deferAfter, InboundClaims claims) {
    public DiscordParts {
        Objects.requireNonNull(settings, "settings");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(agendas, "agendas");
        Objects.requireNonNull(deferAfter, "deferAfter");
        Objects.requireNonNull(claims, "claims");
    }

    /** The parts of a single instance: every message and interaction is claimed in memory, on the system clock. */
    public DiscordParts(DiscordSettings settings, Map<String, String> environment, QuestionHandler questions,
            CurrentSchedule schedule, Agendas agendas, Duration deferAfter) {
        this(settings, environment, questions, schedule, agendas, deferAfter,
                new InMemoryInboundClaims(Clock.systemUTC()));
    }

    /** The parts of a single instance's start: as below, every message and interaction claimed in memory. */
    public static DiscordParts of(DiscordSettings settings, Map<String, String> environment,
            QuestionHandler questions, CurrentSchedule schedule, Agendas agendas) {
        return of(settings, environment, questions, schedule, agendas, new InMemoryInboundClaims(Clock.systemUTC()));
    }

    /** The parts of a production start: slash commands are deferred after Discord's usual margin. */
    public static DiscordParts of(DiscordSettings settings, Map<String, String> environment,
            QuestionHandler questions, CurrentSchedule schedule, Agendas agendas, InboundClaims claims) {
        return new DiscordParts(settings, environment, questions, schedule, agendas,
                SlashCommandReplies.DEFAULT_DEFER_AFTER, claims);
    }
}
