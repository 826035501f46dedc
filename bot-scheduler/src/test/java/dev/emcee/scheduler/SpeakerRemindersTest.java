package dev.emcee.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.announce.TestConference;
import dev.emcee.core.notice.SessionReminder;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.platform.PlatformUser;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Speakers' reminders on the in-memory timetable and a clock moved by hand: the speaker the schedule links to a
 * platform user hears of their own session a lead before it, once, at its new time when it moves and never when it
 * is cancelled.
 */
@Timeout(30)
class SpeakerRemindersTest {
    private static final Duration LEAD = Duration.ofMinutes(15);
    private static final PlatformUser SEAN = new PlatformUser(Platform.CONSOLE, "U0SEAN");

    private final MutableClock clock = new MutableClock(Rehearsals.instant("2018-06-14T11:00:00"));
    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<RecordingDirectSink.Sent> sent = new CopyOnWriteArrayList<>();
    private final AnnouncementDatabase database = AnnouncementDatabase.open(new DatabaseSettings(
            "jdbc:h2:mem:speakers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", null), Path.of("unused"));
    private final CurrentSchedule schedule = new CurrentSchedule(talks("11:25").seanIs(SEAN).build());

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        database.close();
    }

    /** "sean" at {@code seanAt}, "next" at 11:28, both by speaker sean. */
    private static TestConference talks(String seanAt) {
        return TestConference.in("America/Los_Angeles").talk("sean", "2018-06-14T" + seanAt, "ll21ab")
                .talk("next", "2018-06-14T11:28", "ll20d");
    }

    private InMemoryTimetable instance(String name) {
        InMemoryTimetable[] timetable = new InMemoryTimetable[1];
        open.add(JobPipeline.on(database, schedule, clock).tuning(Rehearsals.FAST)
                .remindingSpeakers(LEAD, Duration.ofMinutes(2), List.of(new RecordingDirectSink(name, sent)))
                .timetable((platform, runner) -> timetable[0] = new InMemoryTimetable(clock, runner))
                .start());
        return timetable[0];
    }

    private List<String> remindedSessions() {
        return sent.stream().map(s -> ((SessionReminder) s.notice()).session().id()).toList();
    }

    @Test
    void theLinkedSpeakerIsRemindedOfTheirSessionAndItsRoomALeadBefore() {
        InMemoryTimetable timetable = instance("one");

        clock.set(Rehearsals.instant("2018-06-14T11:09:59"));
        assertThat(timetable.runDue()).isZero();
        clock.set(Rehearsals.instant("2018-06-14T11:10:00"));
        timetable.runDue();
        timetable.runDue();

        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.userId()).isEqualTo("U0SEAN");
            SessionReminder reminder = (SessionReminder) s.notice();
            assertThat(reminder.reason()).isEqualTo(SessionReminder.Reason.SPEAKING);
            assertThat(reminder.session().id()).isEqualTo("sean");
            assertThat(reminder.heading()).isEqualTo("Your session: starting in 15 minutes");
            assertThat(reminder.session().room()).isEqualTo("LL21 A/B");
        });
        clock.set(Rehearsals.instant("2018-06-14T11:13:00"));
        timetable.runDue();
        assertThat(remindedSessions()).containsExactly("sean", "next");
    }

    @Test
    void twoInstancesSendEachReminderOnce() {
        InMemoryTimetable one = instance("one");
        InMemoryTimetable two = instance("two");

        clock.set(Rehearsals.instant("2018-06-14T11:10:00"));
        one.runDue();
        two.runDue();

        assertThat(sent).singleElement().satisfies(s -> assertThat(s.instance()).isEqualTo("one"));
    }

    @Test
    void aMovedSessionIsRemindedAtItsNewTimeOnly() {
        InMemoryTimetable timetable = instance("one");
        clock.set(Rehearsals.instant("2018-06-14T11:05:00"));
        schedule.replace(talks("11:45").seanIs(SEAN).build());

        clock.set(Rehearsals.instant("2018-06-14T11:13:00"));
        timetable.runDue();
        assertThat(remindedSessions()).as("not at the old time").containsExactly("next");
        clock.set(Rehearsals.instant("2018-06-14T11:30:00"));
        timetable.runDue();

        assertThat(remindedSessions()).containsExactly("next", "sean");
    }

    @Test
    void aCancelledSessionIsNotReminded() {
        InMemoryTimetable timetable = instance("one");
        clock.set(Rehearsals.instant("2018-06-14T11:05:00"));
        Schedule withoutSean = TestConference.in("America/Los_Angeles").talk("next", "2018-06-14T11:28", "ll20d")
                .seanIs(SEAN).build();
        schedule.replace(withoutSean);

        clock.set(Rehearsals.instant("2018-06-14T11:13:00"));
        timetable.runDue();

        assertThat(remindedSessions()).containsExactly("next");
    }

    @Test
    void aSpeakerLinkedToNobodyIsNotReminded() {
        schedule.replace(talks("11:25").build());
        InMemoryTimetable timetable = instance("one");

        clock.set(Rehearsals.instant("2018-06-14T11:20:00"));
        timetable.runDue();

        assertThat(sent).isEmpty();
    }
}
