package dev.emcee.slack;

import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What Slack sends: slash command forms, Events API callbacks, and their Socket Mode envelopes. */
final class SlackPayloads {
    private SlackPayloads() {
    }

    static Map<String, String> slashCommand(String command, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy");
        form.put("team_id", "T0TEAM");
        form.put("team_domain", "velocity");
        form.put("channel_id", "C0GENERAL");
        form.put("channel_name", "general");
        form.put("user_id", "U0ALICE");
        form.put("user_name", "alice");
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0APP");
        form.put("response_url", "http://127.0.0.1:9/commands/1/2/3");
        form.put("trigger_id", "1.2.3");
        return form;
    }

    static String formBody(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static String slashCommandEnvelope(String envelopeId, String command, String text) {
        JsonObject payload = new JsonObject();
        slashCommand(command, text).forEach(payload::addProperty);
        JsonObject envelope = new JsonObject();
        envelope.addProperty("envelope_id", envelopeId);
        envelope.addProperty("type", "slash_commands");
        envelope.addProperty("accepts_response_payload", true);
        envelope.add("payload", payload);
        return envelope.toString();
    }

    static JsonObject mention(String channel, String text, String ts) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_mention");
        event.addProperty("user", "U0ALICE");
        event.addProperty("text", text);
        event.addProperty("ts", ts);
        event.addProperty("channel", channel);
        event.addProperty("event_ts", ts);
        return event;
    }

    static JsonObject directMessage(String channel, String user, String botId, String text) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "message");
        event.addProperty("channel_type", "im");
        event.addProperty("user", user);
        if (botId != null) {
            event.addProperty("bot_id", botId);
        }
        event.addProperty("text", text);
        event.addProperty("ts", "1528999260.000200");
        event.addProperty("channel", channel);
        event.addProperty("event_ts", "1528999260.000200");
        return event;
    }

    static String eventCallback(JsonObject event) {
        JsonObject callback = new JsonObject();
        callback.addProperty("token", "legacy");
        callback.addProperty("team_id", "T0TEAM");
        callback.addProperty("api_app_id", "A0APP");
        callback.addProperty("type", "event_callback");
        callback.addProperty("event_id", "Ev" + Math.abs(event.hashCode()));
        callback.addProperty("event_time", 1528999200);
        callback.add("event", event);
        return callback.toString();
    }

    static String eventEnvelope(String envelopeId, JsonObject event) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty("envelope_id", envelopeId);
        envelope.addProperty("type", "events_api");
        envelope.addProperty("accepts_response_payload", false);
        envelope.add("payload", com.google.gson.JsonParser.parseString(eventCallback(event)));
        return envelope.toString();
    }
}
