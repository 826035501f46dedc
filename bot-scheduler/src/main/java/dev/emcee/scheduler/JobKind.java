package dev.emcee.scheduler;

/** What a planned job delivers; the ledger and the timetable keep each kind's jobs apart. */
public enum JobKind {
    /** A session announcement, posted to a channel. */
    ANNOUNCEMENT("Announcements"),
    /** A personal reminder, sent to a person by direct message. */
    REMINDER("Reminders"),
    /** A speaker's reminder of their own session, sent by direct message. */
    SPEAKER_REMINDER("Speaker reminders");

    private final String plural;

    JobKind(String plural) {
        this.plural = plural;
    }

    /** "Announcements", for logs. */
    public String plural() {
        return plural;
    }
}
