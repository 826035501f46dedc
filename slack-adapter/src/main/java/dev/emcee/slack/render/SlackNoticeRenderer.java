package dev.emcee.slack.render;

import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.NoticeVisitor;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.notice.StartWording;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Renders every kind of {@link Notice} (announcements, schedule changes) as Block Kit for a channel post. */
public final class SlackNoticeRenderer implements NoticeVisitor<SlackMessage> {

    /** Renders any notice. */
    public SlackMessage render(Notice notice) {
        return notice.accept(this);
    }

    @Override
    public SlackMessage sessionsStarting(SessionsStarting notice) {
        Instant first = notice.sessions().stream().map(SessionCard::start).min(Instant::compareTo).orElseThrow();
        String heading = StartWording.heading(first, notice.postedAt());
        BlockBudget blocks = new BlockBudget().header(heading);
        blocks.items(notice.sessions(), card -> SessionBlocks.detailed(card, notice.postedAt()));
        String text = heading + ": " + notice.sessions().stream().map(SessionBlocks::plain)
                .collect(Collectors.joining("; "));
        return new SlackMessage(Mrkdwn.escape(text), blocks.build());
    }

    @Override
    public SlackMessage scheduleChanged(ScheduleChanged notice) {
        List<ScheduleChanged.Change> changes = notice.changes();
        String heading = changes.size() == 1 ? "Schedule change" : changes.size() + " schedule changes";
        BlockBudget blocks = new BlockBudget().header(heading);
        blocks.lines(changes.stream().map(SlackNoticeRenderer::changeLine).toList());
        String text = heading + ": " + changes.stream().map(SlackNoticeRenderer::changePlain)
                .collect(Collectors.joining("; "));
        return new SlackMessage(Mrkdwn.escape(text), blocks.build());
    }

    private static String changeLine(ScheduleChanged.Change change) {
        SessionCard before = change.before();
        String title = SessionBlocks.title(before);
        return switch (change.kind()) {
            case MOVED -> "• " + title + " *moved* to " + change.after().map(SessionBlocks::whenAndWhere).orElse("?")
                    + "\n   _was " + SessionBlocks.whenAndWhere(before) + "_";
            case CANCELLED -> "• " + title + " is *cancelled* (was " + SessionBlocks.whenAndWhere(before) + ")";
            case ADDED -> "• " + title + " *added*: " + SessionBlocks.whenAndWhere(change.after().orElse(before));
        };
    }

    private static String changePlain(ScheduleChanged.Change change) {
        return switch (change.kind()) {
            case MOVED -> change.before().label() + " moved to "
                    + change.after().map(SessionBlocks::plain).orElse("?");
            case CANCELLED -> change.before().label() + " is cancelled";
            case ADDED -> change.before().label() + " added: " + SessionBlocks.plain(change.after()
                    .orElse(change.before()));
        };
    }
}
