package dev.emcee.slack.render;

import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.notice.Broadcast;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.NoticeVisitor;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.notice.SessionReminder;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.notice.StartWording;
import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders every kind of {@link Notice} as Block Kit: announcements and schedule changes for a channel, reminders
 * for a direct message.
 */
public final class SlackNoticeRenderer implements NoticeVisitor<SlackMessage> {
    private final boolean bookmarkButtons;
    private final SessionBlocks sessions = new SessionBlocks();

    /** A renderer without bookmark buttons. */
    public SlackNoticeRenderer() {
        this(false);
    }

    /** @param bookmarkButtons whether announced sessions carry "☆ Add to my agenda" */
    public SlackNoticeRenderer(boolean bookmarkButtons) {
        this.bookmarkButtons = bookmarkButtons;
    }

    /** Renders any notice. */
    public SlackMessage render(Notice notice) {
        return notice.accept(this);
    }

    @Override
    public SlackMessage sessionsStarting(SessionsStarting notice) {
        Instant first = notice.sessions().stream().map(SessionCard::start).min(Instant::compareTo).orElseThrow();
        String heading = StartWording.heading(first, notice.postedAt());
        BlockBudget blocks = new BlockBudget().header(heading);
        blocks.items(notice.sessions(), card -> {
            List<LayoutBlock> shown = new ArrayList<>(sessions.detailed(card, notice.postedAt()));
            return bookmarkButtons ? BookmarkButtons.on(shown, BookmarkButtons.add(card)) : shown;
        });
        String text = heading + ": " + notice.sessions().stream().map(sessions::plain)
                .collect(Collectors.joining("; "));
        return new SlackMessage(Mrkdwn.escape(text), blocks.build());
    }

    @Override
    public SlackMessage scheduleChanged(ScheduleChanged notice) {
        List<ScheduleChanged.Change> changes = notice.changes();
        String heading = notice.heading();
        BlockBudget blocks = new BlockBudget().header(heading);
        blocks.lines(changes.stream().map(this::changeLine).toList());
        String text = heading + ": " + changes.stream().map(this::changePlain)
                .collect(Collectors.joining("; "));
        return new SlackMessage(Mrkdwn.escape(text), blocks.build());
    }

    @Override
    public SlackMessage broadcast(Broadcast notice) {
        BlockBudget blocks = new BlockBudget().header(notice.heading()).section(Mrkdwn.escape(notice.text()));
        return new SlackMessage(Mrkdwn.escape(notice.heading() + ": " + notice.text()), blocks.build());
    }

    @Override
    public SlackMessage sessionReminder(SessionReminder notice) {
        SessionCard card = notice.session();
        BlockBudget blocks = new BlockBudget().header(notice.heading());
        blocks.items(List.of(card), c -> sessions.detailed(c, notice.postedAt()));
        blocks.context(Mrkdwn.escape(notice.footer()));
        return new SlackMessage(Mrkdwn.escape(notice.heading() + ": " + sessions.plain(card)), blocks.build());
    }

    private String changeLine(ScheduleChanged.Change change) {
        SessionCard before = change.before();
        String title = sessions.title(before);
        return switch (change.kind()) {
            case MOVED -> "• " + title + " *moved* to " + change.after().map(sessions::whenAndWhere).orElse("?")
                    + "\n   _was " + sessions.whenAndWhere(before) + "_";
            case CANCELLED -> "• " + title + " is *cancelled* (was " + sessions.whenAndWhere(before) + ")";
            case ADDED -> "• " + title + " *added*: " + sessions.whenAndWhere(change.after().orElse(before));
        };
    }

    private String changePlain(ScheduleChanged.Change change) {
        return switch (change.kind()) {
            case MOVED -> change.before().label() + " moved to "
                    + change.after().map(sessions::plain).orElse("?");
            case CANCELLED -> change.before().label() + " is cancelled";
            case ADDED -> change.before().label() + " added: " + sessions.plain(change.after()
                    .orElse(change.before()));
        };
    }
}
