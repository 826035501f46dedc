package dev.emcee.scheduler;

/** What a planned job delivers; the ledger and the timetable keep each kind's jobs apart. */
public enum JobKind {
    /** A session announcement, posted to a channel. */
    ANNOUNCEMENT("Announcements"),
    /** A personal reminder, sent to a person by direct message. */
    REMINDER("Reminders"),
    /** A speaker's reminder of their own session, sent by direct message. */
    SPEAKER_REMINDER("Speaker reminders"),
    /**
     * A look at a platform's events list (Discord's Scheduled Events), bringing it in step with the schedule: one
     * standing job per list, run at every reload and again whenever the window of listed sessions changes.
     */
    EVENTS("Events list syncs");

    private final String plural;

    JobKind(String plural) {
        this.plural = plural;
    }

    /**
     * Whether a job of this kind stands: planning it again runs it again (at its new moment), even after it ran,
     * and it never runs beside itself, on any instance.
     */
    public boolean stands() {
        return this == EVENTS;
    }

    /** "Announcements", for logs. */
    public String plural() {
        return plural;
    }
}
