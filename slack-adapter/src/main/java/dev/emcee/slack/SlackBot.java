package dev.emcee.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.emcee.core.BookmarkClick;
import dev.emcee.core.BookmarkHandler;
import dev.emcee.core.Inquiry;
import dev.emcee.core.QuestionHandler;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.PersonalAnswer;
import dev.emcee.core.platform.Platform;
import dev.emcee.slack.render.BookmarkButtons;
import dev.emcee.slack.render.SlackAnswerRenderer;
import dev.emcee.slack.render.SlackMessage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teaches a Bolt {@link App} to answer: the slash command (answered in its acknowledgement), mentions (answered in
 * the message's thread) and direct messages (answered in the DM). Every question goes to the core's
 * {@link QuestionHandler}; nothing thrown inside reaches Bolt, the person gets an apology instead.
 *
 * <p>Answers about a personal agenda ({@link PersonalAnswer}) stay private: a slash command's is ephemeral even
 * after {@code public}, a mention's goes to the asker's DM instead of the thread. Bookmark buttons on session cards
 * go to the core's {@link BookmarkHandler}; the reply is an ephemeral card, updated in place when its own button is
 * clicked.
 */
final class SlackBot {
    private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);

    private static final Pattern BOOKMARK_ACTIONS = Pattern.compile(
            "^(?:" + BookmarkButtons.ON_CARD + "|" + BookmarkButtons.ON_CONFIRMATION + ")$");

    private final QuestionHandler questions;
    private final Optional<BookmarkHandler> bookmarks;
    private final SlackSettings settings;
    private final SlackPoster poster;
    private final SlackDirectMessages direct;
    private final SlackAnswerRenderer renderer;

    /** @param bookmarks what bookmark buttons do; empty when personal agendas are off (no buttons are shown) */
    SlackBot(QuestionHandler questions, Optional<BookmarkHandler> bookmarks, SlackSettings settings,
            SlackPoster poster) {
        this.questions = Objects.requireNonNull(questions, "questions");
        this.bookmarks = Objects.requireNonNull(bookmarks, "bookmarks");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.poster = Objects.requireNonNull(poster, "poster");
        this.direct = new SlackDirectMessages(poster);
        this.renderer = new SlackAnswerRenderer(settings.command(), bookmarks.isPresent());
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
        bookmarks.ifPresent(handler -> app.blockAction(BOOKMARK_ACTIONS, (req, ctx) -> click(handler, req, ctx)));
    }

    private Response command(SlashCommandRequest req, SlashCommandContext ctx) {
        var payload = req.getPayload();
        SlackQuestion question = SlackQuestion.parse(payload.getText(), ctx.getBotUserId());
        Optional<Answer> reply = answer(payload.getUserId(), question.text());
        if (reply.isEmpty()) {
            return ctx.ack();
        }
        boolean inChannel = (question.inChannel() || settings.replyVisibility() == ReplyVisibility.PUBLIC)
                && !(reply.get() instanceof PersonalAnswer);
        SlackMessage message = render(reply.get());
        return ctx.ack(r -> r.responseType(inChannel ? "in_channel" : "ephemeral")
                .text(message.text()).blocks(message.blocks()));
    }

    private void mention(AppMentionEvent event, String botUserId) {
        if (event.getBotId() != null || event.getUser() == null || event.getUser().equals(botUserId)) {
            return;
        }
        String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        SlackQuestion question = SlackQuestion.parse(event.getText(), botUserId);
        answer(event.getUser(), question.text()).ifPresent(answer -> {
            if (answer instanceof PersonalAnswer) {
                direct.send(event.getUser(), render(answer)); // an agenda is never shown in a channel
            } else {
                poster.post(event.getChannel(), thread, render(answer));
            }
        });
    }

    private void directMessage(MessageEvent event, String botUserId) {
        boolean fromPerson = event.getBotId() == null && event.getUser() != null
                && !event.getUser().equals(botUserId);
        if (!"im".equals(event.getChannelType()) || !fromPerson) {
            return;
        }
        SlackQuestion question = SlackQuestion.parse(event.getText(), botUserId);
        answer(event.getUser(), question.text())
                .ifPresent(answer -> poster.post(event.getChannel(), event.getThreadTs(), render(answer)));
    }

    /** A bookmark button: changes the clicker's agenda and tells them privately. */
    private Response click(BookmarkHandler handler, BlockActionRequest req,
            ActionContext ctx) {
        var payload = req.getPayload();
        try {
            var action = payload.getActions() == null || payload.getActions().isEmpty() ? null
                    : payload.getActions().get(0);
            Optional<BookmarkButtons.Click> click = action == null ? Optional.empty()
                    : BookmarkButtons.parse(action.getValue());
            if (click.isEmpty() || payload.getUser() == null) {
                return ctx.ack();
            }
            Answer answer = handler.bookmark(new BookmarkClick(Platform.SLACK, payload.getUser().getId(),
                    click.get().sessionId(), click.get().add()));
            SlackMessage message = render(answer);
            boolean inPlace = BookmarkButtons.ON_CONFIRMATION.equals(action.getActionId());
            ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(inPlace).text(message.text())
                    .blocks(message.blocks()));
        } catch (Exception e) {
            LOG.error("A bookmark button could not be answered: {}", e.toString(), e);
        }
        return ctx.ack();
    }

    /** The answer, an apology when answering failed, or empty when the person should hear nothing. */
    private Optional<Answer> answer(String userId, String text) {
        try {
            return questions.answer(new Inquiry(Platform.SLACK, userId, text));
        } catch (RuntimeException e) {
            LOG.error("Answering a Slack question failed: {}", text, e);
            return Optional.of(NoMatch.failure());
        }
    }

    private SlackMessage render(Answer answer) {
        try {
            return renderer.render(answer);
        } catch (RuntimeException e) {
            LOG.error("Rendering a Slack answer failed", e);
            return new SlackMessage(NoMatch.FAILURE, List.of());
        }
    }
}
