package dev.emcee.slack;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who sees a slash command's answer by default: only the asker, or the whole channel. */
public enum ReplyVisibility {
    /** Only the person who asked sees the answer (a leading {@code public} shares it). */
    EPHEMERAL,
    /** Everyone in the channel sees the answer. */
    PUBLIC;

    /** Reads {@code ephemeral} or {@code public} from settings, naming the choices when the value is neither. */
    @JsonCreator
    public static ReplyVisibility parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "ephemeral" -> EPHEMERAL;
            case "public" -> PUBLIC;
            default -> throw new IllegalArgumentException(
                    "slack.reply-visibility must be 'ephemeral' or 'public', not '" + value + "'");
        };
    }

    /** The settings word: {@code ephemeral} or {@code public}. */
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
