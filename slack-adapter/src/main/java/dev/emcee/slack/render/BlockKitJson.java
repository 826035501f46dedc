package dev.emcee.slack.render;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.notice.Notice;

/** The Block Kit JSON of an answer or a notice, as Slack would receive it (for previews such as {@code --format slack}). */
public final class BlockKitJson {
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private BlockKitJson() {
    }

    /** {@code {"text": …, "blocks": […]}} for the answer, with examples naming {@code command}. */
    public static String of(Answer answer, String command) {
        return json(new SlackAnswerRenderer(command).render(answer));
    }

    /** {@code {"text": …, "blocks": […]}} for the answer, with examples naming {@code /emcee}. */
    public static String of(Answer answer) {
        return of(answer, "/emcee");
    }

    /** {@code {"text": …, "blocks": […]}} for the notice. */
    public static String of(Notice notice) {
        return json(new SlackNoticeRenderer().render(notice));
    }

    /** The message as pretty-printed JSON. */
    public static String json(SlackMessage message) {
        JsonObject object = new JsonObject();
        object.addProperty("text", message.text());
        object.add("blocks", GSON.toJsonTree(message.blocks()));
        return GSON.newBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(object);
    }
}
