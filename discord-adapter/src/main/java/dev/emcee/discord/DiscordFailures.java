package dev.emcee.discord;

import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs what Discord refused, in words that say what to fix; JDA has already retried rate-limited requests. */
final class DiscordFailures {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordFailures.class);
    private static final String PERMISSIONS_HINT = " (give Emcee View Channel, Send Messages, Embed Links and Read "
            + "Message History in that channel)";

    private DiscordFailures() {
    }

    /** Logs a final failure to {@code action} (such as "reply in channel 123"). */
    static void log(String action, Throwable failure) {
        LOG.warn("Discord: could not {}: {}", action, explain(failure));
    }

    /** A one-line explanation of a failure, with the fix for the usual permission problems. */
    static String explain(Throwable failure) {
        if (failure instanceof PermissionException missing) {
            return "Emcee lacks the " + missing.getPermission().getName() + " permission there" + PERMISSIONS_HINT;
        }
        if (failure instanceof ErrorResponseException error) {
            ErrorResponse response = error.getErrorResponse();
            String hint = switch (response) {
                case MISSING_PERMISSIONS, MISSING_ACCESS -> PERMISSIONS_HINT;
                case UNKNOWN_CHANNEL -> " (check the channel id)";
                case UNKNOWN_INTERACTION -> " (the command was not answered within 3 seconds)";
                default -> "";
            };
            return error.getMeaning() + " (Discord error " + error.getErrorCode() + ")" + hint;
        }
        return String.valueOf(failure.getMessage() == null ? failure : failure.getMessage());
    }
}
