package dev.emcee.core.agenda;

import dev.emcee.core.announce.DurationText;
import java.time.Duration;

/**
 * The {@code agenda:} section of {@code emcee.yaml}: personal agendas (bookmarks, reminders by direct message).
 *
 * <pre>
 * agenda:
 *   enabled: true                # false: agenda questions get "not available here", no bookmark buttons
 *   default-reminder-lead: 10m   # how long before a bookmarked session its reminder is sent, unless the person
 *                                # chose otherwise ("remind me 15 minutes before")
 *   grace-window: 2m             # how late a reminder may still be sent (after a restart, for instance)
 * </pre>
 */
public record AgendaSettings(Boolean enabled, Duration defaultReminderLead, Duration graceWindow) {

    /** Ten minutes before each bookmarked session. */
    public static final Duration DEFAULT_LEAD = Duration.ofMinutes(10);
    /** The longest lead a person may choose. */
    public static final Duration MAX_LEAD = Duration.ofHours(3);

    public AgendaSettings {
        enabled = enabled == null ? Boolean.TRUE : enabled;
        defaultReminderLead = defaultReminderLead == null ? DEFAULT_LEAD : defaultReminderLead;
        if (defaultReminderLead.isNegative() || defaultReminderLead.compareTo(MAX_LEAD) > 0) {
            throw new IllegalArgumentException("agenda.default-reminder-lead must be between 0m and "
                    + DurationText.format(MAX_LEAD) + ", not " + DurationText.format(defaultReminderLead));
        }
        graceWindow = graceWindow == null ? Duration.ofMinutes(2) : graceWindow;
        if (graceWindow.isNegative()) {
            throw new IllegalArgumentException("agenda.grace-window must not be negative");
        }
    }

    /** Every default: on, reminders 10 minutes before, 2 minutes of grace. */
    public static AgendaSettings defaults() {
        return new AgendaSettings(null, null, null);
    }

    /** Personal agendas turned off. */
    public static AgendaSettings disabled() {
        return new AgendaSettings(false, null, null);
    }
}
