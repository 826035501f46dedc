package dev.emcee.core.organize;

import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.SessionId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * A change as a Confirm button carries it ({@code c1|move|START|END|ROOM|SESSION}, epoch seconds, names in
 * base64url), so that whichever instance receives the click can carry it out: nothing waits in one instance's
 * memory. The organizer is checked again on the click.
 */
public final class ChangeTokens {
    private static final String VERSION = "c1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private ChangeTokens() {
    }

    /** The token of {@code change}. */
    public static String encode(SessionChange change) {
        return String.join("|", VERSION, change.kind().word(), Long.toString(change.start().getEpochSecond()),
                Long.toString(change.end().getEpochSecond()), text(change.room().value()),
                text(change.session().value()));
    }

    /** The change a token carries; empty for anything that is not a token of this version. */
    public static Optional<SessionChange> decode(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\|", -1);
        if (parts.length != 6 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            SessionChange.Kind kind = SessionChange.Kind.valueOf(parts[1].toUpperCase(Locale.ROOT));
            return Optional.of(new SessionChange(new SessionId(untext(parts[5])), kind,
                    Instant.ofEpochSecond(Long.parseLong(parts[2])), Instant.ofEpochSecond(Long.parseLong(parts[3])),
                    new RoomId(untext(parts[4]))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String text(String value) {
        return ENCODER.encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String untext(String value) {
        return new String(DECODER.decode(value), StandardCharsets.UTF_8);
    }
}
