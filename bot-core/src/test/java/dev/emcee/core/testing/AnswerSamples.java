package dev.emcee.core.testing;

import dev.emcee.core.answer.AgendaForgotten;
import dev.emcee.core.answer.AgendaUnavailable;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.BookmarkChange;
import dev.emcee.core.answer.Clarification;
import dev.emcee.core.answer.ConferenceOverview;
import dev.emcee.core.answer.FaqAnswer;
import dev.emcee.core.answer.HelpAnswer;
import dev.emcee.core.answer.LinkedText;
import dev.emcee.core.answer.NameListing;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.OnNow;
import dev.emcee.core.answer.OrganizerReply;
import dev.emcee.core.answer.PeopleListing;
import dev.emcee.core.answer.PersonalAgenda;
import dev.emcee.core.answer.PersonProfile;
import dev.emcee.core.answer.PersonRef;
import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.answer.ReminderLeadSet;
import dev.emcee.core.answer.SessionListing;
import dev.emcee.core.answer.ShortReply;
import dev.emcee.core.answer.SlowDown;
import dev.emcee.core.answer.UpNext;
import dev.emcee.core.notice.Broadcast;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.notice.SessionReminder;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.schedule.ConferenceDates;
import dev.emcee.core.schedule.Rating;
import dev.emcee.core.schedule.SessionKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One sample of every kind of {@link Answer} and {@link Notice}, for renderer tests on every platform.
 *
 * <p>{@link #answers()} and {@link #notices()} fail when a permitted kind has no sample, so adding a kind without
 * a sample (and so without a rendering test) breaks the build. Samples carry hostile text (pings, markup) that
 * every renderer must make harmless.
 */
public final class AnswerSamples {
    /** Text that must never ping or format on any platform. */
    public static final String HOSTILE = "<!channel> @everyone @here <@U123> <!subteam^S1> *bold* _it_ `code` ||x|| "
            + "[link](http://x) & <b>";
    public static final Instant NOW = Instant.parse("2018-06-14T18:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    private AnswerSamples() {
    }

    /** A card whose every text field is hostile. */
    public static SessionCard hostileCard() {
        return new SessionCard("s1", "Talk " + HOSTILE, true, NOW.plusSeconds(1500), NOW.plusSeconds(3900), ZONE,
                "Room " + HOSTILE, List.of(new PersonRef("Name " + HOSTILE, Optional.of("Co " + HOSTILE), List.of())),
                Optional.of("Track " + HOSTILE), Optional.of("Beginner"), List.of("Topic " + HOSTILE),
                Optional.of(new Rating(4.5, 2)), "Abstract " + HOSTILE, Optional.of("https://example.org/s1"),
                SessionKind.TALK);
    }

    /** A plain card starting {@code minutesFromNow} after {@link #NOW}. */
    public static SessionCard card(String id, int minutesFromNow) {
        Instant start = NOW.plus(Duration.ofMinutes(minutesFromNow));
        return new SessionCard(id, "Session " + id, false, start, start.plus(Duration.ofMinutes(40)), ZONE,
                "LL21 A/B", List.of(new PersonRef("Sean Allen", Optional.of("Wallaroo Labs"), List.of())),
                Optional.of("Distributed Systems"), Optional.of("Beginner"), List.of("Distributed State"),
                Optional.empty(), "An abstract.", Optional.empty(), SessionKind.TALK);
    }

    /** One answer of each kind; fails when a kind has no sample. */
    public static List<Answer> answers() {
        List<Answer> samples = List.of(
                new UpNext("in LL21 A/B " + HOSTILE, List.of(hostileCard()), List.of(card("now", -10)), NOW),
                new OnNow("at the conference", List.of(hostileCard()), List.of(card("next", 30)), NOW),
                new SessionListing("Sessions about " + HOSTILE, List.of(hostileCard(), card("b", 60)),
                        Optional.of("Note " + HOSTILE), "Nothing.", NOW),
                new PersonProfile(new PersonRef("Emily " + HOSTILE, Optional.of("Fastly"), List.of("Host " + HOSTILE)),
                        Optional.of("Bio " + HOSTILE), List.of(hostileCard()), NOW),
                new PeopleListing("From " + HOSTILE, List.of(new PersonRef("P " + HOSTILE, Optional.empty(),
                        List.of("Speaker"))), "Nobody."),
                new NameListing("Rooms", List.of(new NameListing.Entry("Room " + HOSTILE, "2 sessions " + HOSTILE))),
                new ConferenceOverview("Conf " + HOSTILE, Optional.of("Tag " + HOSTILE), Optional.of("Venue " + HOSTILE),
                        ZONE, List.of(new ConferenceDates("Days " + HOSTILE, LocalDate.of(2018, 6, 12),
                                LocalDate.of(2018, 6, 14))), Optional.of("https://example.org"),
                        List.of("Track " + HOSTILE), 1, 4, 6),
                new HelpAnswer("Intro " + HOSTILE, List.of("what's next?", "who is " + HOSTILE)),
                new ShortReply("You're welcome " + HOSTILE),
                new Clarification("Which room " + HOSTILE + "?", List.of("A " + HOSTILE, "B")),
                new NoMatch("Nothing about " + HOSTILE, List.of("try " + HOSTILE)),
                new SlowDown(Duration.ofSeconds(42)),
                new BookmarkChange(BookmarkChange.Kind.ADDED, hostileCard(), Optional.of(NOW.plusSeconds(900)),
                        Duration.ofMinutes(10), NOW),
                new PersonalAgenda(List.of(new PersonalAgenda.Entry(hostileCard(), List.of("Session " + HOSTILE)),
                        new PersonalAgenda.Entry(card("later", 120), List.of())), Duration.ofMinutes(10), NOW),
                new ReminderLeadSet(Duration.ofMinutes(15), 2),
                new AgendaForgotten(3),
                new AgendaUnavailable(),
                new FaqAnswer("Wifi " + HOSTILE, new LinkedText(List.of(new LinkedText.Plain("Demo " + HOSTILE
                        + ": see "), new LinkedText.Link("the code " + HOSTILE, "https://example.org/coc?a=1&b=2"),
                        new LinkedText.Plain(".")))),
                new OrganizerReply(OrganizerReply.Kind.PREVIEW, "Move " + HOSTILE + "?",
                        List.of("was: " + HOSTILE, "now: Thu Jun 14, 4:00–4:40pm PDT · LL21 A/B"),
                        Optional.of("c1|move|1529017200|1529019600|bGwyMWFi|czE")));
        requireAllKinds(Answer.class, samples);
        return samples;
    }

    /** One notice of each kind; fails when a kind has no sample. */
    public static List<Notice> notices() {
        SessionCard moved = card("m", 90);
        List<Notice> samples = List.of(
                new SessionsStarting(List.of(hostileCard(), card("c", 25)), NOW),
                new ScheduleChanged(List.of(
                        new ScheduleChanged.Change(ScheduleChanged.Kind.MOVED, hostileCard(), Optional.of(moved)),
                        new ScheduleChanged.Change(ScheduleChanged.Kind.CANCELLED, card("x", 30), Optional.empty()),
                        new ScheduleChanged.Change(ScheduleChanged.Kind.ADDED, card("n", 120),
                                Optional.of(card("n", 120))))),
                new SessionReminder(hostileCard(), NOW.plusSeconds(900), Duration.ofMinutes(10)),
                new SessionReminder(hostileCard(), NOW.plusSeconds(900), Duration.ofMinutes(15),
                        SessionReminder.Reason.SPEAKING),
                new Broadcast("Lunch is served " + HOSTILE, NOW, ZONE));
        requireAllKinds(Notice.class, samples);
        return samples;
    }

    private static void requireAllKinds(Class<?> sealed, List<?> samples) {
        Set<Class<?>> covered = samples.stream().map(Object::getClass).collect(Collectors.toSet());
        List<String> missing = kinds(sealed).stream().filter(k -> !covered.contains(k))
                .map(Class::getSimpleName).toList();
        if (!missing.isEmpty()) {
            throw new AssertionError("AnswerSamples has no sample of " + missing
                    + ": add one, then render it on every platform");
        }
    }

    /** The concrete kinds of a sealed type, through sealed sub-interfaces such as {@code PersonalAnswer}. */
    public static List<Class<?>> kinds(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses())
                .flatMap(k -> k.isSealed() && k.isInterface() ? kinds(k).stream() : java.util.stream.Stream.of(k))
                .toList();
    }
}
