package dev.emcee.app.settings;

import dev.emcee.scheduler.DatabaseSettings;
import dev.emcee.core.agenda.AgendaSettings;
import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.discord.DiscordSettings;
import dev.emcee.slack.SlackSettings;

/**
 * Every setting of Emcee, bound from {@code config/emcee.yaml} (kebab-case keys) with {@code EMCEE_<PATH>}
 * environment overrides. A missing section takes its defaults.
 */
public record Settings(ScheduleSettings schedule, ClockSettings clock, QuestionSettings questions,
        HttpSettings http, SlackSettings slack, DiscordSettings discord, AnnouncementSettings announcements,
        DatabaseSettings database, AgendaSettings agenda, FaqSettings faq,
        OrganizerSettings organizers) {
    public Settings {
        schedule = schedule == null ? new ScheduleSettings(null, null, null) : schedule;
        clock = clock == null ? new ClockSettings(null, null) : clock;
        questions = questions == null ? new QuestionSettings(null, null) : questions;
        http = http == null ? new HttpSettings(null) : http;
        slack = slack == null ? SlackSettings.defaults() : slack;
        discord = discord == null ? DiscordSettings.defaults() : discord;
        announcements = announcements == null ? AnnouncementSettings.defaults() : announcements;
        database = database == null ? DatabaseSettings.embedded() : database;
        agenda = agenda == null ? AgendaSettings.defaults() : agenda;
        faq = faq == null ? new FaqSettings(null) : faq;
        organizers = organizers == null ? OrganizerSettings.defaults() : organizers;
    }

    /** Every default. */
    public static Settings defaults() {
        return new Settings(null, null, null, null, null, null, null, null, null, null, null);
    }
}
