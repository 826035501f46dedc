package dev.emcee.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.emcee.core.Inquiry;
import dev.emcee.core.Platform;
import dev.emcee.core.QuestionHandler;
import dev.emcee.slack.render.SlackAnswerRenderer;
import dev.emcee.slack.render.SlackMessage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teaches a Bolt {@link App} to answer: the slash command (answered in its acknowledgement), mentions (answered in
 * the message's thread) and direct messages (answered in the DM). Every question goes to the core's
 * {@link QuestionHandler}; nothing thrown inside reaches Bolt, the person gets an apology instead.
 */
final class SlackBot {
    private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);
    static final String SORRY = "Sorry, something went wrong while answering that. Please try again in a moment.";

    private final QuestionHandler questions;
    private final SlackSettings settings;
    private final SlackPoster poster;
    private final SlackAnswerRenderer renderer;

    SlackBot(QuestionHandler questions, SlackSettings settings, SlackPoster poster) {
        this.questions = Objects.requireNonNull(questions, "questions");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.poster = Objects.requireNonNull(poster, "poster");
        this.renderer = new SlackAnswerRenderer(settings.command());
    }

    /** Registers the command, mention and direct-message listeners. */
    void register(App app) {
        app.command(settings.command(), (req, ctx) -> command(req, ctx));
        app.event(AppMentionEvent.class, (req, ctx) -> {
            mention(req.getEvent(), ctx.getBotUserId());
            return ctx.ack();
        });
        app.event(MessageEvent.class, (req, ctx) -> {
            directMessage(req.getEvent(), ctx.getBotUserId());
            return ctx.ack();
        });
    }

    private Response command(SlashCommandRequest req, SlashCommandContext ctx) {
        var payload = req.getPayload();
        SlackQuestion question = SlackQuestion.parse(payload.getText(), ctx.getBotUserId());
        Optional<SlackMessage> reply = answer(payload.getUserId(), question.text());
        if (reply.isEmpty()) {
            return ctx.ack();
        }
        boolean inChannel = question.inChannel() || settings.replyVisibility() == ReplyVisibility.PUBLIC;
        SlackMessage message = reply.get();
        return ctx.ack(r -> r.responseType(inChannel ? "in_channel" : "ephemeral")
                .text(message.text()).blocks(message.blocks()));
    }

    private void mention(AppMentionEvent event, String botUserId) {
        if (event.getBotId() != null || event.getUser() == null || event.getUser().equals(botUserId)) {
            return;
        }
        String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        SlackQuestion question = SlackQuestion.parse(event.getText(), botUserId);
        answer(event.getUser(), question.text()).ifPresent(m -> poster.post(event.getChannel(), thread, m));
    }

    private void directMessage(MessageEvent event, String botUserId) {
        boolean fromPerson = event.getBotId() == null && event.getUser() != null
                && !event.getUser().equals(botUserId);
        if (!"im".equals(event.getChannelType()) || !fromPerson) {
            return;
        }
        SlackQuestion question = SlackQuestion.parse(event.getText(), botUserId);
        answer(event.getUser(), question.text())
                .ifPresent(m -> poster.post(event.getChannel(), event.getThreadTs(), m));
    }

    /** The rendered answer, an apology when answering failed, or empty when the person should hear nothing. */
    private Optional<SlackMessage> answer(String userId, String text) {
        try {
            return questions.answer(new Inquiry(Platform.SLACK, userId, text)).map(renderer::render);
        } catch (RuntimeException e) {
            LOG.error("Answering a Slack question failed: {}", text, e);
            return Optional.of(new SlackMessage(SORRY, List.of()));
        }
    }
}
