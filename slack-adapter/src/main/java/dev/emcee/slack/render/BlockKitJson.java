package dev.emcee.slack.render;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.notice.Notice;

/** The Block Kit JSON of an answer or a notice, as Slack would receive it (for previews such as {@code --format slack}). */
public final class BlockKitJson {
    /** The Slack SDK's own Gson, as Bolt and the Web API client serialize blocks with. */
    private static final Gson SDK_GSON = GsonFactory.createSnakeCase();
    private static final Gson PRETTY = SDK_GSON.newBuilder().setPrettyPrinting().disableHtmlEscaping().create();

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

    /** The message as pretty-printed JSON, its blocks written by the Slack SDK. */
    public static String json(SlackMessage message) {
        JsonObject object = new JsonObject();
        object.addProperty("text", message.text());
        object.add("blocks", SDK_GSON.toJsonTree(message.blocks()));
        return PRETTY.toJson(object);
    }
}
