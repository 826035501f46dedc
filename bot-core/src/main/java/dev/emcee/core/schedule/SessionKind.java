package dev.emcee.core.schedule;

import java.util.Locale;

/** What sort of slot a session is; breaks and service slots are listed but not announced by default. */
public enum SessionKind {
    TALK, KEYNOTE, WORKSHOP, TUTORIAL, PANEL, LIGHTNING, BREAK, MEAL, SOCIAL, SERVICE, OTHER;

    /** Reads a kind leniently ("Talk", "lightning-talk", "coffee break"); unknown words become {@link #OTHER}. */
    public static SessionKind parse(String text) {
        if (text == null || text.isBlank()) {
            return TALK;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("keynote")) return KEYNOTE;
        if (t.contains("workshop")) return WORKSHOP;
        if (t.contains("tutorial") || t.contains("training")) return TUTORIAL;
        if (t.contains("panel")) return PANEL;
        if (t.contains("lightning")) return LIGHTNING;
        if (t.contains("break") || t.contains("coffee")) return BREAK;
        if (t.contains("lunch") || t.contains("breakfast") || t.contains("dinner") || t.contains("meal")) return MEAL;
        if (t.contains("social") || t.contains("party") || t.contains("reception")) return SOCIAL;
        if (t.contains("registration") || t.contains("service") || t.contains("opening") || t.contains("closing")) {
            return SERVICE;
        }
        if (t.contains("talk") || t.contains("lecture") || t.contains("session") || t.contains("presentation")) {
            return TALK;
        }
        return OTHER;
    }

    /** Whether this kind is a break from the programme rather than content (used to skip announcements). */
    public boolean isIntermission() {
        return this == BREAK || this == MEAL || this == SERVICE;
    }

    /** The lower-case name used in files and settings. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
