package dev.emcee.discord;

import dev.emcee.core.answer.SessionCard;
import java.awt.Color;
import java.util.List;
import java.util.Locale;

/**
 * The side colour of an embed: one stable colour per track, else one per level, else Emcee's own.
 *
 * <p>A track's colour follows from its name, so it stays the same across answers and restarts without any setting.
 */
final class EmbedColours {
    /** Emcee's colour, for answers that are not about a session. */
    static final Color EMCEE = new Color(0x2B7A78);
    /** Apologies and "nothing found". */
    static final Color QUIET = new Color(0x99AAB5);
    /** Schedule changes, which people should notice. */
    static final Color CHANGE = new Color(0xFAA61A);

    private static final Color[] TRACK_PALETTE = {
        new Color(0x1ABC9C), new Color(0x3498DB), new Color(0x9B59B6), new Color(0xE67E22),
        new Color(0xE91E63), new Color(0x2ECC71), new Color(0xF1C40F), new Color(0x34495E),
    };
    private static final Color BEGINNER = new Color(0x3BA55C);
    private static final Color INTERMEDIATE = new Color(0xFAA61A);
    private static final Color ADVANCED = new Color(0xED4245);

    private EmbedColours() {
    }

    /** The colour for an answer led by these sessions: the first session's track or level, else Emcee's. */
    static Color forSessions(List<SessionCard> cards) {
        return cards.isEmpty() ? EMCEE : forSession(cards.get(0));
    }

    /** The colour of the session's track, or of its level when it has no track. */
    static Color forSession(SessionCard card) {
        if (card.track().isPresent()) {
            return forTrack(card.track().get());
        }
        return card.level().map(EmbedColours::forLevel).orElse(EMCEE);
    }

    /** A stable colour for a track name. */
    static Color forTrack(String track) {
        int hash = track.strip().toLowerCase(Locale.ROOT).hashCode();
        return TRACK_PALETTE[Math.floorMod(hash, TRACK_PALETTE.length)];
    }

    /** Green for beginner, amber for intermediate, red for advanced; Emcee's colour for anything else. */
    static Color forLevel(String level) {
        String l = level.toLowerCase(Locale.ROOT);
        if (l.contains("begin") || l.contains("intro") || l.contains("novice")) {
            return BEGINNER;
        }
        if (l.contains("inter")) {
            return INTERMEDIATE;
        }
        if (l.contains("advanced") || l.contains("expert")) {
            return ADVANCED;
        }
        return EMCEE;
    }
}
