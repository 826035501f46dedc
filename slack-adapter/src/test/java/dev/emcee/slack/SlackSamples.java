package dev.emcee.slack;

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
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** Answers and notices to render, one of each kind, built from the bundled conference's facts. */
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

    /** One answer of every kind. */
    public static List<Answer> answers() {
        SessionCard sean = seanAllen();
        PersonRef host = new PersonRef("Emily Shea", Optional.of("Fastly"), List.of("Distributed Systems track host"));
        return List.of(
                new UpNext("LL21 A/B", List.of(sean), List.of(), ELEVEN),
                new OnNow("the conference", List.of(), List.of(sean), ELEVEN),
                new SessionListing("Thursday, June 14 in LL21 A/B", List.of(sean), Optional.of("Times in PDT."),
                        "Nothing scheduled.", ELEVEN),
                new PersonProfile(sean.speakers().get(0), Optional.of("Builds Wallaroo."), List.of(sean), ELEVEN),
                new PeopleListing("Speakers", List.of(host, sean.speakers().get(0)), "Nobody."),
                new NameListing("Rooms", List.of(new NameListing.Entry("LL21 A/B", "6 sessions"))),
                new ConferenceOverview("Velocity San Jose 2018", Optional.of("Build resilient systems"),
                        Optional.of("San Jose Convention Center"), ZONE,
                        List.of(new ConferenceDates("Sessions", LocalDate.of(2018, 6, 13), LocalDate.of(2018, 6, 14))),
                        Optional.of("https://conferences.oreilly.com/velocity/vl-ca-2018"),
                        List.of("Distributed Systems"), 1, 6, 8),
                new HelpAnswer("I answer questions about Velocity San Jose 2018.", List.of("what's next in LL21 A/B")),
                new Clarification("Which room did you mean?", List.of("LL21 A/B", "LL21 C/D")),
                new NoMatch("I found nothing about 'sandbox'.", List.of("what's next")),
                new SlowDown(Duration.ofSeconds(40)));
    }

    /** One notice of every kind. */
    public static List<Notice> notices() {
        SessionCard sean = seanAllen();
        SessionCard moved = card(sean.id(), sean.label(), sean.start().plusSeconds(3600), sean.end().plusSeconds(3600),
                "LL21 C/D", sean.speakers(), sean.summary());
        return List.of(
                new SessionsStarting(List.of(sean), sean.start().minusSeconds(180)),
                new ScheduleChanged(List.of(new ScheduleChanged.Change(ScheduleChanged.Kind.MOVED, sean,
                        Optional.of(moved)))));
    }
}
