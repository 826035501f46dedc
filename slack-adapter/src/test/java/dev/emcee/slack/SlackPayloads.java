package dev.emcee.slack;

import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What Slack sends: slash command forms, Events API callbacks, interactions, and their Socket Mode envelopes. */
public final class SlackPayloads {
    /** Slack's ids that are unique per delivery (trigger_id, event_id), as the fake makes them. */
    private static final java.util.concurrent.atomic.AtomicLong DELIVERIES = new java.util.concurrent.atomic.AtomicLong();

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
        form.put("trigger_id", "1.2." + DELIVERIES.incrementAndGet());
        return form;
    }

    static String formBody(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    public static String slashCommandEnvelope(String envelopeId, String command, String text) {
        JsonObject payload = new JsonObject();
        slashCommand(command, text).forEach(payload::addProperty);
        JsonObject envelope = new JsonObject();
        envelope.addProperty("envelope_id", envelopeId);
        envelope.addProperty("type", "slash_commands");
        envelope.addProperty("accepts_response_payload", true);
        envelope.add("payload", payload);
        return envelope.toString();
    }

    public static JsonObject mention(String channel, String text, String ts) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_mention");
        event.addProperty("user", "U0ALICE");
        event.addProperty("text", text);
        event.addProperty("ts", ts);
        event.addProperty("channel", channel);
        event.addProperty("event_ts", ts);
        return event;
    }

    public static JsonObject directMessage(String channel, String user, String botId, String text) {
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
        callback.addProperty("event_id", "Ev" + DELIVERIES.incrementAndGet());
        callback.addProperty("event_time", 1528999200);
        callback.add("event", event);
        return callback.toString();
    }

    public static String eventEnvelope(String envelopeId, JsonObject event) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty("envelope_id", envelopeId);
        envelope.addProperty("type", "events_api");
        envelope.addProperty("accepts_response_payload", false);
        envelope.add("payload", com.google.gson.JsonParser.parseString(eventCallback(event)));
        return envelope.toString();
    }

    /** A slash command envelope from another person. */
    public static String slashCommandEnvelope(String envelopeId, String command, String text, String userId) {
        JsonObject envelope = com.google.gson.JsonParser.parseString(slashCommandEnvelope(envelopeId, command, text))
                .getAsJsonObject();
        envelope.getAsJsonObject("payload").addProperty("user_id", userId);
        return envelope.toString();
    }

    /**
     * The Socket Mode envelope of a button click ({@code block_actions}) by {@code userId}.
     *
     * @param ephemeral whether the clicked message is an ephemeral one (only the clicker sees it)
     */
    public static String buttonClickEnvelope(String envelopeId, String userId, String actionId, String value,
            String responseUrl, boolean ephemeral) {
        JsonObject action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", "b1");
        action.addProperty("value", value);
        action.addProperty("action_ts", "1528999260.000300");
        com.google.gson.JsonArray actions = new com.google.gson.JsonArray();
        actions.add(action);
        JsonObject user = new JsonObject();
        user.addProperty("id", userId);
        user.addProperty("username", "alice");
        user.addProperty("team_id", "T0TEAM");
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", "1528999200.000100");
        container.addProperty("channel_id", "C0GENERAL");
        container.addProperty("is_ephemeral", ephemeral);
        JsonObject team = new JsonObject();
        team.addProperty("id", "T0TEAM");
        team.addProperty("domain", "velocity");
        JsonObject channel = new JsonObject();
        channel.addProperty("id", "C0GENERAL");
        channel.addProperty("name", "general");
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "block_actions");
        payload.add("user", user);
        payload.addProperty("api_app_id", "A0APP");
        payload.addProperty("token", "legacy");
        payload.add("container", container);
        payload.addProperty("trigger_id", "1.2." + DELIVERIES.incrementAndGet());
        payload.add("team", team);
        payload.add("channel", channel);
        payload.addProperty("response_url", responseUrl);
        payload.add("actions", actions);
        JsonObject envelope = new JsonObject();
        envelope.addProperty("envelope_id", envelopeId);
        envelope.addProperty("type", "interactive");
        envelope.addProperty("accepts_response_payload", false);
        envelope.add("payload", payload);
        return envelope.toString();
    }

    /** The {@code app_home_opened} event of {@code userId} opening {@code tab} ("home" or "messages"). */
    public static JsonObject appHomeOpened(String userId, String tab) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_home_opened");
        event.addProperty("user", userId);
        event.addProperty("channel", FakeSlack.dmChannelOf(userId));
        event.addProperty("tab", tab);
        event.addProperty("event_ts", "1528999260.000400");
        return event;
    }

    /**
     * The Socket Mode envelope of a click by {@code userId} on a button of their Home tab: its container is the
     * view, and there is no {@code response_url}.
     */
    public static String homeButtonClickEnvelope(String envelopeId, String userId, String actionId, String value) {
        JsonObject envelope = com.google.gson.JsonParser.parseString(buttonClickEnvelope(envelopeId, userId,
                actionId, value, "unused", false)).getAsJsonObject();
        JsonObject payload = envelope.getAsJsonObject("payload");
        payload.remove("response_url");
        payload.remove("channel");
        payload.add("container", com.google.gson.JsonParser.parseString(
                "{\"type\":\"view\",\"view_id\":\"V0HOME\"}"));
        payload.add("view", com.google.gson.JsonParser.parseString("{\"id\":\"V0HOME\",\"type\":\"home\"}"));
        return envelope.toString();
    }
}
