package dev.emcee.app.command;

import dev.emcee.app.AnswerJson;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.PlainTextRenderer;
import dev.emcee.discord.DiscordMessages;
import dev.emcee.discord.DiscordSettings;
import dev.emcee.slack.render.BlockKitJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The output formats of {@code emcee ask --format}: plain text, JSON, and each platform's native form. */
final class AnswerFormats {
    private static final Map<String, Function<Answer, String>> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("text", PlainTextRenderer::render);
        FORMATS.put("json", AnswerJson::pretty);
        FORMATS.put("slack", BlockKitJson::of);
        FORMATS.put("discord", answer -> DiscordMessages.embedJson(answer, DiscordSettings.DEFAULT_PREFIX));
    }

    private AnswerFormats() {
    }

    static Function<Answer, String> get(String name) {
        Function<Answer, String> format = FORMATS.get(name);
        if (format == null) {
            throw new IllegalArgumentException("unknown format '" + name + "'; formats: " + String.join(", ", names()));
        }
        return format;
    }

    static Iterable<String> names() {
        return FORMATS.keySet();
    }
}
