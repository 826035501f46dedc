package dev.emcee.slack.render;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a rendered message the way Slack would: its JSON, every text in it, and the special tokens in them. */
final class RenderedTexts {
    private static final Pattern TOKEN = Pattern.compile("<([^>]*)>");

    private RenderedTexts() {
    }

    static JsonObject json(SlackMessage message) {
        return JsonParser.parseString(BlockKitJson.json(message)).getAsJsonObject();
    }

    /** The fallback text and every "text" string inside the blocks. */
    static List<String> all(SlackMessage message) {
        List<String> texts = new ArrayList<>();
        texts.add(message.text());
        collect(json(message).get("blocks"), texts);
        return texts;
    }

    /**
     * The texts Slack parses as mrkdwn: the fallback text and every mrkdwn text object. Plain-text objects (headers)
     * are shown as typed and never ping.
     */
    static List<String> interpreted(SlackMessage message) {
        List<String> texts = new ArrayList<>();
        texts.add(message.text());
        collectMrkdwn(json(message).get("blocks"), texts);
        return texts;
    }

    /** Every {@code <…>} token Slack would interpret (pings, links, dates) in the mrkdwn texts. */
    static List<String> tokens(SlackMessage message) {
        List<String> tokens = new ArrayList<>();
        for (String text : interpreted(message)) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                tokens.add(m.group(1));
            }
        }
        return tokens;
    }

    /** Whether a token is one the renderer adds on purpose: a date, or a link to a session's page. */
    static boolean isOurs(String token) {
        return token.startsWith("!date^") || token.matches("https?://[^|\\s]+\\|[^<>]*");
    }

    static String joined(SlackMessage message) {
        return String.join("\n", all(message));
    }

    private static void collectMrkdwn(JsonElement element, List<String> texts) {
        if (element == null || element.isJsonNull()) {
            return;
        }
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> collectMrkdwn(e, texts));
        } else if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            if (object.has("type") && object.get("type").getAsString().equals("mrkdwn")) {
                texts.add(object.get("text").getAsString());
                return;
            }
            object.entrySet().forEach(e -> collectMrkdwn(e.getValue(), texts));
        }
    }

    private static void collect(JsonElement element, List<String> texts) {
        if (element == null || element.isJsonNull()) {
            return;
        }
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> collect(e, texts));
        } else if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : element.getAsJsonObject().entrySet()) {
                if (e.getKey().equals("text") && e.getValue().isJsonPrimitive()) {
                    texts.add(e.getValue().getAsString());
                } else {
                    collect(e.getValue(), texts);
                }
            }
        }
    }
}
