package dev.emcee.discord;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.Clarification;
import dev.emcee.core.answer.ConferenceOverview;
import dev.emcee.core.answer.HelpAnswer;
import dev.emcee.core.answer.NameListing;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.OnNow;
import dev.emcee.core.answer.PeopleListing;
import dev.emcee.core.answer.PersonProfile;
import dev.emcee.core.answer.PersonRef;
import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.answer.SessionListing;
import dev.emcee.core.answer.ShortReply;
import dev.emcee.core.answer.SlowDown;
import dev.emcee.core.answer.UpNext;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.schedule.ConferenceDates;
import dev.emcee.core.schedule.Rating;
import dev.emcee.core.schedule.SessionKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Sample answers and notices with Discord-specific markup (headings, role and channel mentions, timestamps) that
 * must never format or ping, beside the core's {@code AnswerSamples}; and Sean Allen's session.
 */
final class DiscordSamples {
    static final String HOSTILE = "@everyone @here <@&123> <#456> <t:0:R> **bold** _it_ `code` ||x|| [link](http://x)"
            + "\n# heading\n- item\n> quote";
    static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    /** 2018-06-14 11:00 in San Jose. */
    static final Instant NOW = Instant.parse("2018-06-14T18:00:00Z");

    private DiscordSamples() {
    }

    /** Sean Allen's 11:25 session in LL21 A/B, as the bundled conference has it. */
    static SessionCard seanAllen() {
        Instant start = Instant.parse("2018-06-14T18:25:00Z");
        return new SessionCard("s1125", "Sean Allen on Distributed State", false, start, start.plusSeconds(2400),
                ZONE, "LL21 A/B", List.of(new PersonRef("Sean Allen", Optional.of("Wallaroo Labs"), List.of())),
                Optional.of("Distributed Systems"), Optional.of("Intermediate"), List.of("Distributed State"),
                Optional.of(new Rating(4.33, 12)), "Why distributed state is hard.",
                Optional.of("https://conferences.oreilly.com/velocity/vl-ca-2018"), SessionKind.TALK);
    }

    /** A card whose every text is hostile. */
    static SessionCard hostile() {
        return new SessionCard("h", "Talk " + HOSTILE, true, NOW.plusSeconds(600), NOW.plusSeconds(3000), ZONE,
                "Room " + HOSTILE, List.of(new PersonRef("Name " + HOSTILE, Optional.of("Co " + HOSTILE), List.of())),
                Optional.of("Track " + HOSTILE), Optional.of("Level " + HOSTILE), List.of("Topic " + HOSTILE),
                Optional.empty(), "Abstract " + HOSTILE, Optional.of("http://x/)](javascript:alert(1))"),
                SessionKind.TALK);
    }

    /** A plain card starting {@code minutes} after {@link #NOW}. */
    static SessionCard card(String id, int minutes) {
        Instant start = NOW.plus(Duration.ofMinutes(minutes));
        return new SessionCard(id, "Session " + id, true, start, start.plus(Duration.ofMinutes(40)), ZONE, "LL21 A/B",
                List.of(new PersonRef("Speaker " + id, Optional.empty(), List.of())), Optional.empty(),
                Optional.of("Beginner"), List.of(), Optional.empty(), "An abstract about " + id + ".",
                Optional.empty(), SessionKind.TALK);
    }

    /** One answer of every kind. */
    static List<Answer> answers() {
        return List.of(
                new UpNext("in LL21 A/B " + HOSTILE, List.of(hostile()), List.of(card("now", -10)), NOW),
                new OnNow("at the conference", List.of(hostile()), List.of(card("next", 30)), NOW),
                new SessionListing("Sessions about " + HOSTILE, List.of(hostile(), card("b", 60)),
                        Optional.of("Note " + HOSTILE), "Nothing.", NOW),
                new PersonProfile(new PersonRef("Emily " + HOSTILE, Optional.of("Fastly"), List.of("Host " + HOSTILE)),
                        Optional.of("Bio " + HOSTILE), List.of(hostile()), NOW),
                new PeopleListing("From " + HOSTILE, List.of(new PersonRef("P " + HOSTILE, Optional.empty(),
                        List.of("Speaker"))), "Nobody."),
                new NameListing("Rooms " + HOSTILE, List.of(new NameListing.Entry("Room " + HOSTILE, "2 " + HOSTILE))),
                new ConferenceOverview("Conf " + HOSTILE, Optional.of("Tag " + HOSTILE),
                        Optional.of("Venue " + HOSTILE),
                        ZONE, List.of(new ConferenceDates("Days " + HOSTILE, LocalDate.of(2018, 6, 12),
                                LocalDate.of(2018, 6, 14))), Optional.of("https://example.org"),
                        List.of("Track " + HOSTILE), 1, 4, 5),
                new HelpAnswer("Intro " + HOSTILE, List.of("what's next", "who is " + HOSTILE)),
                new ShortReply("Glad to help " + HOSTILE),
                new Clarification("Which " + HOSTILE + "?", List.of("A " + HOSTILE, "B")),
                new NoMatch("Nothing for " + HOSTILE, List.of("Try " + HOSTILE)),
                new SlowDown(Duration.ofSeconds(40)));
    }

    /** One notice of every kind. */
    static List<Notice> notices() {
        SessionCard moved = hostile();
        SessionCard movedTo = new SessionCard(moved.id(), moved.label(), true, moved.start().plusSeconds(3600),
                moved.end().plusSeconds(3600), ZONE, "Other " + HOSTILE, moved.speakers(), moved.track(),
                moved.level(), moved.topics(), moved.rating(), moved.summary(), moved.url(), moved.kind());
        return List.of(
                new SessionsStarting(List.of(hostile()), NOW),
                new ScheduleChanged(List.of(
                        new ScheduleChanged.Change(ScheduleChanged.Kind.MOVED, moved, Optional.of(movedTo)),
                        new ScheduleChanged.Change(ScheduleChanged.Kind.CANCELLED, card("c", 90), Optional.empty()),
                        new ScheduleChanged.Change(ScheduleChanged.Kind.ADDED, card("a", 120), Optional.empty()))));
    }
}
