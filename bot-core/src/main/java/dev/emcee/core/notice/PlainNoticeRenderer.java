package dev.emcee.core.notice;

import dev.emcee.core.answer.PersonRef;
import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.answer.TimeTexts;
import java.util.stream.Collectors;

/** Renders notices as single plain-text lines, for logs and notification fallbacks. */
public final class PlainNoticeRenderer implements NoticeVisitor<String> {
    /** Renders any notice. */
    public static String render(Notice notice) {
        return notice.accept(new PlainNoticeRenderer());
    }

    @Override
    public String sessionsStarting(SessionsStarting n) {
        return n.sessions().stream().map(c -> startWording(c, n) + ": " + describe(c))
                .collect(Collectors.joining(" | "));
    }

    @Override
    public String scheduleChanged(ScheduleChanged n) {
        return n.changes().stream().map(PlainNoticeRenderer::change).collect(Collectors.joining(" | "));
    }

    @Override
    public String broadcast(Broadcast n) {
        return n.heading() + ": " + n.text();
    }

    @Override
    public String sessionReminder(SessionReminder n) {
        return n.heading() + ": " + describe(n.session());
    }

    /** "starting in 5 minutes", "starting now": true at the moment of posting ({@link StartWording}). */
    public static String startWording(SessionCard card, SessionsStarting notice) {
        return StartWording.of(card.start(), notice.postedAt());
    }

    private static String change(ScheduleChanged.Change c) {
        return switch (c.kind()) {
            case MOVED -> "Moved: " + c.before().label() + " now " + c.after().map(a ->
                    TimeTexts.dayAndRange(a.start(), a.end(), a.zone()) + " in " + a.room()).orElse("");
            case CANCELLED -> "Cancelled: " + describe(c.before());
            case ADDED -> "Added: " + describe(c.after().orElse(c.before()));
        };
    }

    /** "Sean Allen on Distributed State — Sean Allen (Wallaroo Labs) — Thu Jun 14, 11:25am–12:05pm PDT in LL21 A/B". */
    public static String describe(SessionCard c) {
        StringBuilder out = new StringBuilder(c.titled() ? "\"" + c.label() + "\"" : c.label());
        if (!c.speakers().isEmpty()) {
            out.append(" — ").append(c.speakers().stream().map(PersonRef::nameWithAffiliation)
                    .collect(Collectors.joining(", ")));
        }
        return out.append(" — ").append(TimeTexts.dayAndRange(c.start(), c.end(), c.zone())).append(" in ")
                .append(c.room()).toString();
    }
}
