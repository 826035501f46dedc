package dev.emcee.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.emcee.core.BookmarkClick;
import dev.emcee.core.BookmarkHandler;
import dev.emcee.core.InboundClaims;
import dev.emcee.core.InboundKey;
import dev.emcee.core.Inquiry;
import dev.emcee.core.QuestionHandler;
import dev.emcee.core.answer.AgendaForgotten;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.BookmarkChange;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.OrganizerReply;
import dev.emcee.core.answer.PersonalAnswer;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.platform.Platform;
import dev.emcee.slack.render.BookmarkButtons;
import dev.emcee.slack.render.ConfirmButtons;
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
 *
 * <p>Each delivery is claimed before it is answered ({@link InboundClaims}): an Events API event by its
 * {@code event_id}, which Slack keeps across retries; a slash command or a button click, which carry no event id and
 * are never retried, by its {@code trigger_id}, unique per delivery. A delivery someone else claimed is acknowledged
 * (so that Slack stops retrying) and not answered.
 *
 * <p>With an App Home ({@link SlackHome}), opening the Home tab publishes it (claimed like any event), and every
 * change of a person's agenda, by a button (on a message or on the Home itself) or by a question, publishes their
 * Home again.
 */
final class SlackListeners {
    private static final Logger LOG = LoggerFactory.getLogger(SlackListeners.class);

    private static final Pattern BOOKMARK_ACTIONS = Pattern.compile(
            "^(?:" + BookmarkButtons.ON_CARD + "|" + BookmarkButtons.ON_CONFIRMATION + ")$");

    private final QuestionHandler questions;
    private final Agendas agendas;
    private final SlackSettings settings;
    private final SlackPoster poster;
    private final SlackAnswerRenderer renderer;
    private final InboundClaims claims;
    private final SlackUserGroups groups;
    private final Optional<SlackHome> home;

    /**
     * @param agendas whether personal agendas are on (then session cards carry bookmark buttons)
     * @param claims which deliveries this instance answers
     * @param groups which of the organizers' user groups an asker is in
     * @param home the App Home tabs, when they are published
     */
    SlackListeners(QuestionHandler questions, Agendas agendas, SlackSettings settings, SlackPoster poster,
            InboundClaims claims, SlackUserGroups groups, Optional<SlackHome> home) {
        this.home = Objects.requireNonNull(home, "home");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.claims = Objects.requireNonNull(claims, "claims");
        this.questions = Objects.requireNonNull(questions, "questions");
        this.agendas = Objects.requireNonNull(agendas, "agendas");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.poster = Objects.requireNonNull(poster, "poster");
        this.renderer = new SlackAnswerRenderer(settings.command(), agendas.enabled());
    }

    /** Registers the command, mention and direct-message listeners. */
    void register(App app) {
        app.command(settings.command(), (req, ctx) -> command(req, ctx));
        app.event(AppMentionEvent.class, (req, ctx) -> {
            mention(req.getEvent(), ctx.getBotUserId(), req.getEventId());
            return ctx.ack();
        });
        app.event(MessageEvent.class, (req, ctx) -> {
            directMessage(req.getEvent(), ctx.getBotUserId(), req.getEventId());
            return ctx.ack();
        });
        agendas.bookmarks().ifPresent(handler -> app.blockAction(BOOKMARK_ACTIONS, (req, ctx) -> click(handler, req, ctx)));
        app.blockAction(ConfirmButtons.ACTION_ID, (req, ctx) -> confirm(req, ctx));
        home.ifPresent(tabs -> app.event(AppHomeOpenedEvent.class, (req, ctx) -> {
            AppHomeOpenedEvent event = req.getEvent();
            if ("home".equals(event.getTab()) && event.getUser() != null && claimed("event", req.getEventId())) {
                tabs.opened(event.getUser());
            }
            return ctx.ack();
        }));
    }

    private Response command(SlashCommandRequest req, SlashCommandContext ctx) {
        var payload = req.getPayload();
        if (!claimed("command", payload.getTriggerId())) {
            return ctx.ack();
        }
        SlackQuestion question = SlackQuestion.parse(payload.getText(), ctx.getBotUserId());
        Optional<Answer> reply = answer(payload.getUserId(), question.text());
        if (reply.isEmpty()) {
            return ctx.ack();
        }
        boolean inChannel = (question.inChannel() || settings.replyVisibility() == ReplyVisibility.PUBLIC)
                && !isPrivate(reply.get());
        SlackMessage message = render(reply.get());
        return ctx.ack(r -> r.responseType(inChannel ? "in_channel" : "ephemeral")
                .text(message.text()).blocks(message.blocks()));
    }

    private void mention(AppMentionEvent event, String botUserId, String eventId) {
        if (event.getBotId() != null || event.getUser() == null || event.getUser().equals(botUserId)
                || !claimed("event", eventId)) {
            return;
        }
        String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        SlackQuestion question = SlackQuestion.parse(event.getText(), botUserId);
        answer(event.getUser(), question.text()).ifPresent(answer -> {
            if (isPrivate(answer)) {
                poster.postDirect(event.getUser(), render(answer)); // an agenda is never shown in a channel
            } else {
                poster.post(event.getChannel(), thread, render(answer));
            }
        });
    }

    private void directMessage(MessageEvent event, String botUserId, String eventId) {
        boolean fromPerson = event.getBotId() == null && event.getUser() != null
                && !event.getUser().equals(botUserId);
        if (!"im".equals(event.getChannelType()) || !fromPerson || !claimed("event", eventId)) {
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
            if (click.isEmpty() || payload.getUser() == null || !claimed("action", payload.getTriggerId())) {
                return ctx.ack();
            }
            Answer answer = handler.bookmark(new BookmarkClick(Platform.SLACK, payload.getUser().getId(),
                    click.get().sessionId(), click.get().add()));
            String userId = payload.getUser().getId();
            if (payload.getView() != null) { // a button on the Home tab: no message to answer, the Home shows it
                home.ifPresent(tabs -> tabs.opened(userId));
                return ctx.ack();
            }
            home.ifPresent(tabs -> tabs.agendaChanged(userId));
            SlackMessage message = render(answer);
            boolean inPlace = BookmarkButtons.ON_CONFIRMATION.equals(action.getActionId());
            ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(inPlace).text(message.text())
                    .blocks(message.blocks()));
        } catch (Exception e) {
            LOG.error("A bookmark button could not be answered: {}", e.toString(), e);
        }
        return ctx.ack();
    }

    /**
     * An organizer's Confirm button: answered as the clicker's own "confirm TOKEN" (organizers only), privately,
     * in place of the preview.
     */
    private Response confirm(BlockActionRequest req, ActionContext ctx) {
        var payload = req.getPayload();
        try {
            var action = payload.getActions() == null || payload.getActions().isEmpty() ? null
                    : payload.getActions().get(0);
            Optional<String> command = action == null ? Optional.empty() : ConfirmButtons.command(action.getValue());
            if (command.isEmpty() || payload.getUser() == null || !claimed("action", payload.getTriggerId())) {
                return ctx.ack();
            }
            answer(payload.getUser().getId(), command.get()).map(this::render).ifPresent(message -> {
                try {
                    ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(true).text(message.text())
                            .blocks(message.blocks()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (Exception e) {
            LOG.error("A Confirm button could not be answered: {}", e.toString(), e);
        }
        return ctx.ack();
    }

    /** Agendas and organizers' replies are for the asker only: never shown in a channel. */
    private static boolean isPrivate(Answer answer) {
        return answer instanceof PersonalAnswer || answer instanceof OrganizerReply;
    }

    /**
     * Whether this instance answers the delivery {@code id} of {@code kind}; a delivery without an id (never sent
     * by Slack) is answered.
     */
    private boolean claimed(String kind, String id) {
        return id == null || id.isBlank() || claims.claim(new InboundKey(Platform.SLACK, kind, id));
    }

    /** The answer, an apology when answering failed, or empty when the person should hear nothing. */
    private Optional<Answer> answer(String userId, String text) {
        try {
            Optional<Answer> answer = questions.answer(new Inquiry(Platform.SLACK, userId, text,
                    groups.groupsOf(userId)));
            if (answer.filter(a -> a instanceof BookmarkChange || a instanceof AgendaForgotten).isPresent()) {
                home.ifPresent(tabs -> tabs.agendaChanged(userId));
            }
            return answer;
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
