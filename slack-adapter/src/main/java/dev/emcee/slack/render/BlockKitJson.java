package dev.emcee.slack.render;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.notice.Notice;

/** The Block Kit JSON of an answer or a notice, as Slack would receive it (for previews such as {@code --format slack}). */
public final class BlockKitJson {
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
        return BlockKitWriter.message(message, true);
    }
}
