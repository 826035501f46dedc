package dev.emcee.slack;

import dev.emcee.core.answer.PersonRef;
import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.schedule.Rating;
import dev.emcee.core.schedule.SessionKind;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** Sessions and notices from the bundled conference's facts, for tests that check exact Slack output. */
public final class SlackSamples {
    public static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    /** 2018-06-14T11:00 in San Jose. */
    public static final Instant ELEVEN = ZonedDateTime.of(2018, 6, 14, 11, 0, 0, 0, ZONE).toInstant();

    private SlackSamples() {
    }

    /** Sean Allen's 11:25 session in LL21 A/B. */
    public static SessionCard seanAllen() {
        return card("velocity-sj-2018-ds-1125", "Sean Allen: Distributed State", ELEVEN.plusSeconds(25 * 60),
                ELEVEN.plusSeconds(65 * 60), "LL21 A/B",
                List.of(new PersonRef("Sean Allen", Optional.of("Wallaroo Labs"), List.of())),
                "In 2007, Pat Helland published \"Life Beyond Distributed Transactions\".");
    }

    /** A session at {@code start} with everything else filled in. */
    public static SessionCard card(String id, String label, Instant start, Instant end, String room,
            List<PersonRef> speakers, String summary) {
        return new SessionCard(id, label, false, start, end, ZONE, room, speakers,
                Optional.of("Distributed Systems"), Optional.of("Beginner"), List.of("Distributed State"),
                Optional.of(new Rating(5.0, 3)), summary, Optional.empty(), SessionKind.TALK);
    }

    /** {@code count} sessions, one every 10 minutes from eleven. */
    public static List<SessionCard> many(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> card("s" + i, "Session number " + i,
                ELEVEN.plusSeconds(600L * i), ELEVEN.plusSeconds(600L * i + 1800), "LL21 A/B", List.of(), ""))
                .toList();
    }

    /** The announcement of Sean Allen's session, posted three minutes before it starts. */
    public static SessionsStarting seanAllenStartingSoon() {
        SessionCard sean = seanAllen();
        return new SessionsStarting(List.of(sean), sean.start().minusSeconds(180));
    }

    /** Sean Allen's session moved an hour later, to LL21 C/D. */
    public static ScheduleChanged seanAllenMoved() {
        SessionCard sean = seanAllen();
        SessionCard moved = card(sean.id(), sean.label(), sean.start().plusSeconds(3600), sean.end().plusSeconds(3600),
                "LL21 C/D", sean.speakers(), sean.summary());
        return new ScheduleChanged(List.of(new ScheduleChanged.Change(ScheduleChanged.Kind.MOVED, sean,
                Optional.of(moved))));
    }
}
