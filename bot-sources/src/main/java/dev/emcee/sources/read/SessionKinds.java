package dev.emcee.sources.read;

import dev.emcee.core.schedule.SessionKind;

/** Guesses a session's kind from the words a foreign format offers (a type, else the title). */
public final class SessionKinds {
    private SessionKinds() {
    }

    /**
     * The kind named by {@code type}; without a type the title decides ("Lunch", "Coffee break"); a session with
     * speakers whose words say nothing is a talk.
     */
    public static SessionKind guess(String type, String title, boolean hasSpeakers) {
        SessionKind kind = type == null || type.isBlank() ? fromTitle(title) : SessionKind.parse(type);
        if (kind == SessionKind.OTHER && hasSpeakers) {
            return SessionKind.TALK;
        }
        return kind;
    }

    private static SessionKind fromTitle(String title) {
        SessionKind kind = SessionKind.parse(title == null ? "" : title);
        return kind.isIntermission() || kind == SessionKind.SOCIAL || kind == SessionKind.KEYNOTE
                || kind == SessionKind.WORKSHOP || kind == SessionKind.PANEL ? kind : SessionKind.TALK;
    }
}
