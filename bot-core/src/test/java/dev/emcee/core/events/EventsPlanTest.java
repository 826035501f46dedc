package dev.emcee.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.announce.TestConference;
import dev.emcee.core.events.EventCalendar.Listed;
import dev.emcee.core.events.EventCalendar.Listing;
import dev.emcee.core.events.EventsPlan.Create;
import dev.emcee.core.events.EventsPlan.Delete;
import dev.emcee.core.events.EventsPlan.Plan;
import dev.emcee.core.events.EventsPlan.Update;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.SessionKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventsPlanTest {
    private static final String ZONE = "America/Los_Angeles";
    private static final EventWindow ALL = window(100, Duration.ofDays(7));

    private static EventWindow window(int limit, Duration ahead) {
        return new EventWindow(100, limit, ahead, Set.of(), Set.of(), Set.of());
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of(ZONE)).toInstant();
    }

    private static Schedule day() {
        return TestConference.in(ZONE)
                .talk("a", "2018-06-14T11:00", "ll21ab")
                .session("lunch", "2018-06-14T12:00", 60, "ll21ab", SessionKind.MEAL, false)
                .talk("b", "2018-06-14T13:00", "ll21ab")
                .talk("c", "2018-06-14T14:00", "ll20d")
                .build();
    }

    private static Listed listed(String eventId, Schedule schedule, String session) {
        return new Listed(eventId, new SessionId(session),
                CalendarEvents.of(schedule.session(new SessionId(session)).orElseThrow(), schedule).fingerprint());
    }

    private static List<String> created(Plan plan) {
        return plan.steps().stream().filter(Create.class::isInstance).map(s -> s.session().value()).toList();
    }

    @Test
    void anEmptyListGetsOneEventPerSessionStillToStartSoonestFirstButNoMeal() {
        Plan plan = EventsPlan.plan(day(), at("2018-06-14T10:50"), ALL, new Listing(List.of(), 0));

        assertThat(created(plan)).containsExactly("a", "b", "c");
        assertThat(plan.listed()).isEqualTo(3);
        assertThat(plan.inStep()).isZero();
        assertThat(plan.lookAgainAt()).as("the first listed session's end frees a place")
                .isEqualTo(at("2018-06-14T11:40"));
    }

    @Test
    void aListInStepNeedsNothing() {
        Schedule schedule = day();
        Listing listing = new Listing(List.of(listed("1", schedule, "a"), listed("2", schedule, "b"),
                listed("3", schedule, "c")), 4);

        Plan plan = EventsPlan.plan(schedule, at("2018-06-14T10:00"), ALL, listing);

        assertThat(plan.steps()).isEmpty();
        assertThat(plan.inStep()).isEqualTo(3);
        assertThat(plan.places()).isEqualTo(96);
    }

    @Test
    void aMovedSessionUpdatesItsOwnEvent() {
        Schedule before = day();
        Listing listing = new Listing(List.of(listed("1", before, "a"), listed("2", before, "b")), 0);
        Schedule after = TestConference.in(ZONE).talk("a", "2018-06-14T11:00", "ll21ab")
                .talk("b", "2018-06-14T15:30", "ll20d").build();

        Plan plan = EventsPlan.plan(after, at("2018-06-14T10:00"), ALL, listing);

        assertThat(plan.steps()).hasSize(1).first().isInstanceOfSatisfying(Update.class, u -> {
            assertThat(u.eventId()).isEqualTo("2");
            assertThat(u.event().start()).isEqualTo(at("2018-06-14T15:30"));
            assertThat(u.event().location()).isEqualTo("LL20 D");
        });
    }

    @Test
    void aCancelledSessionsEventIsDeletedFirst() {
        Schedule before = day();
        Listing listing = new Listing(List.of(listed("1", before, "a"), listed("2", before, "b")), 0);
        Schedule after = TestConference.in(ZONE).talk("a", "2018-06-14T11:00", "ll21ab")
                .talk("c", "2018-06-14T14:00", "ll20d").build();

        Plan plan = EventsPlan.plan(after, at("2018-06-14T10:00"), ALL, listing);

        assertThat(plan.steps()).containsExactly(new Delete("2", new SessionId("b")),
                new Create(CalendarEvents.of(after.session(new SessionId("c")).orElseThrow(), after)));
    }

    @Test
    void anEventUnderWayIsLeftAloneAndAnEndedOneDeleted() {
        Schedule before = day();
        Listing listing = new Listing(List.of(listed("1", before, "a"), listed("2", before, "b"),
                listed("3", before, "c")), 0);
        Schedule after = TestConference.in(ZONE).talk("a", "2018-06-14T11:00", "ll21ab")
                .session("b", "2018-06-14T13:00", 90, "ll21ab", SessionKind.TALK, true)
                .talk("c", "2018-06-14T14:00", "ll20d").build();

        Plan plan = EventsPlan.plan(after, at("2018-06-14T13:10"), ALL, listing);

        assertThat(plan.steps()).as("a has ended; b is under way (and longer now); c is in step")
                .containsExactly(new Delete("1", new SessionId("a")));
        assertThat(plan.places()).as("b takes a place").isEqualTo(99);
        assertThat(plan.lookAgainAt()).as("b ends at 14:30, but an hour comes first").isEqualTo(at("2018-06-14T14:10"));
        assertThat(EventsPlan.plan(after, at("2018-06-14T14:00"), ALL, listing).lookAgainAt())
                .as("b's end frees a place").isEqualTo(at("2018-06-14T14:30"));
    }

    @Test
    void placesAreTheLimitLessOthersEvents() {
        Plan limited = EventsPlan.plan(day(), at("2018-06-14T10:00"), window(2, Duration.ofDays(7)),
                new Listing(List.of(), 0));
        Plan crowded = EventsPlan.plan(day(), at("2018-06-14T10:00"), ALL, new Listing(List.of(), 99));
        Plan full = EventsPlan.plan(day(), at("2018-06-14T10:00"), ALL, new Listing(List.of(), 100));

        assertThat(created(limited)).containsExactly("a", "b");
        assertThat(created(crowded)).containsExactly("a");
        assertThat(full.steps()).isEmpty();
        assertThat(full.places()).isZero();
    }

    @Test
    void aSessionBeyondTheHorizonWaitsAndTheListIsLookedAtWhenItComesWithin() {
        Schedule schedule = TestConference.in(ZONE).talk("a", "2018-06-14T11:00", "ll21ab")
                .talk("z", "2018-06-16T11:00", "ll21ab").build();

        Plan plan = EventsPlan.plan(schedule, at("2018-06-14T10:30"), window(100, Duration.ofHours(2)),
                new Listing(List.of(), 0));

        assertThat(created(plan)).containsExactly("a");
        assertThat(plan.lookAgainAt()).isEqualTo(at("2018-06-14T11:30"));
        Plan later = EventsPlan.plan(schedule, at("2018-06-14T11:50"), window(100, Duration.ofHours(2)),
                new Listing(List.of(), 0));
        assertThat(later.lookAgainAt()).as("nothing changes before an hour").isEqualTo(at("2018-06-14T12:50"));
    }

    @Test
    void aSecondEventOfOneSessionIsDeleted() {
        Schedule schedule = day();
        Listed stale = new Listed("7", new SessionId("a"), "0000000000000000");
        Listing listing = new Listing(List.of(stale, listed("8", schedule, "a")), 0);

        Plan plan = EventsPlan.plan(schedule, at("2018-06-14T10:00"), window(1, Duration.ofDays(7)), listing);

        assertThat(plan.steps()).containsExactly(new Delete("7", new SessionId("a")));
    }

    @Test
    void theSelectionTakesTracksByNameOrIdKindsAndTags() {
        Schedule schedule = TestConference.in(ZONE).talk("a", "2018-06-14T11:00", "ll21ab")
                .session("k", "2018-06-14T12:00", 40, "ll20d", SessionKind.KEYNOTE, false).build();
        Instant now = at("2018-06-14T10:00");
        Listing none = new Listing(List.of(), 0);

        assertThat(created(EventsPlan.plan(schedule, now, new EventWindow(100, 100, Duration.ofDays(1),
                Set.of("Distributed systems"), Set.of(), Set.of()), none))).containsExactly("a");
        assertThat(created(EventsPlan.plan(schedule, now, new EventWindow(100, 100, Duration.ofDays(1),
                Set.of("DS"), Set.of(), Set.of()), none))).containsExactly("a");
        assertThat(created(EventsPlan.plan(schedule, now, new EventWindow(100, 100, Duration.ofDays(1),
                Set.of(), Set.of(SessionKind.KEYNOTE), Set.of()), none))).containsExactly("k");
        assertThat(created(EventsPlan.plan(schedule, now, new EventWindow(100, 100, Duration.ofDays(1),
                Set.of(), Set.of(), Set.of("jepsen")), none))).isEmpty();
    }
}
