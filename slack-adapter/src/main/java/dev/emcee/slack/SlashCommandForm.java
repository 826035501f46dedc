package dev.emcee.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a slash command's form in one pass. Bolt's request parser reads a form three times over (looking for an
 * interaction payload, then a command, then the fields), splitting with a regular expression compiled for every
 * pair; that cost more than answering the question. This gives the same {@link SlashCommandPayload} as Bolt's
 * parser, by the same rules (pairs split at {@code &} and {@code =}, a pair without exactly one {@code =} or with
 * an empty value skipped, names trimmed and without line breaks); anything that is not a plain slash command form
 * (JSON, an interaction's {@code payload}) is left to Bolt.
 */
final class SlashCommandForm {
    private SlashCommandForm() {
    }

    /** The command in the form, or empty when the body is not a slash command form. */
    static Optional<SlashCommandPayload> read(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        char first = body.strip().charAt(0);
        if (first == '{' || first == '[') {
            return Optional.empty(); // the Events API's JSON
        }
        SlashCommandPayload payload = new SlashCommandPayload();
        boolean command = false;
        for (int start = 0; start <= body.length(); ) {
            int end = body.indexOf('&', start);
            end = end < 0 ? body.length() : end;
            int equals = body.indexOf('=', start);
            int valueEnd = equals < 0 || equals >= end ? -1 : valueEnd(body, equals + 1, end);
            if (valueEnd > equals + 1) {
                String name = decode(body.substring(start, equals).strip().replace("\n", ""));
                if (name.equals("payload")) {
                    return Optional.empty(); // an interaction: Bolt's to read
                }
                command |= name.equals("command");
                set(payload, name, decode(body.substring(equals + 1, valueEnd)));
            }
            start = end + 1;
        }
        return command ? Optional.of(payload) : Optional.empty();
    }

    /**
     * Where the value starting at {@code from} ends, or -1 when Bolt would skip the pair: {@code String.split("=")}
     * gives two parts only when nothing but more {@code =} follows a second {@code =}.
     */
    private static int valueEnd(String body, int from, int end) {
        int second = body.indexOf('=', from);
        if (second < 0 || second >= end) {
            return end;
        }
        for (int i = second; i < end; i++) {
            if (body.charAt(i) != '=') {
                return -1;
            }
        }
        return second;
    }

    private static void set(SlashCommandPayload payload, String name, String value) {
        switch (name) {
            case "token" -> payload.setToken(value);
            case "team_id" -> payload.setTeamId(value);
            case "team_domain" -> payload.setTeamDomain(value);
            case "enterprise_id" -> payload.setEnterpriseId(value);
            case "enterprise_name" -> payload.setEnterpriseName(value);
            case "api_app_id" -> payload.setApiAppId(value);
            case "channel_id" -> payload.setChannelId(value);
            case "channel_name" -> payload.setChannelName(value);
            case "user_id" -> payload.setUserId(value);
            case "user_name" -> payload.setUserName(value);
            case "command" -> payload.setCommand(value);
            case "text" -> payload.setText(value);
            case "response_url" -> payload.setResponseUrl(value);
            case "trigger_id" -> payload.setTriggerId(value);
            default -> {
                // Slack adds fields now and then; Bolt's parser ignores those it does not know, and so does this.
            }
        }
    }

    private static String decode(String encoded) {
        return encoded.indexOf('%') < 0 && encoded.indexOf('+') < 0 ? encoded
                : URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
