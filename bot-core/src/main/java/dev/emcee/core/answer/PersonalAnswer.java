package dev.emcee.core.answer;

/**
 * An answer about the asker's own agenda. Only the asker may see it: adapters reply privately (Slack ephemeral or
 * a direct message, Discord ephemeral or a direct message), whatever the channel the question came from.
 */
public sealed interface PersonalAnswer extends Answer
        permits BookmarkChange, PersonalAgenda, ReminderLeadSet, AgendaForgotten, AgendaUnavailable {
}
