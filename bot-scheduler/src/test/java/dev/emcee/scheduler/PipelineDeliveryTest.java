package dev.emcee.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.agenda.AgendaSettings;
import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.SessionReminder;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.testing.LogCapture;
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
 * The pipeline on the in-memory timetable and a clock moved by hand (the ledger on an in-memory H2): what is
 * delivered, when, and once, without waiting for real time.
 */
@Timeout(30)
class PipelineDeliveryTest {
    private static final AgendaUser ALICE = new AgendaUser(Platform.CONSOLE, "alice");

    private final MutableClock clock = new MutableClock(Rehearsals.instant("2018-06-14T11:19:00"));
    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<RecordingDirectSink.Sent> sent = new CopyOnWriteArrayList<>();
    private final AnnouncementDatabase database = AnnouncementDatabase.open(new DatabaseSettings(
            "jdbc:h2:mem:pipeline-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", null), Path.of("unused"));
    private InMemoryTimetable timetable;

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        database.close();
    }

    private JobPipeline pipeline(RecordingSink sink) {
        JobPipeline pipeline = JobPipeline.on(database, new CurrentSchedule(Rehearsals.TWO_TALKS), clock)
                .tuning(Rehearsals.FAST)
                .announcing(Rehearsals.consoleSettings(null), List.of(sink), AnnouncementObserver.NONE)
                .reminding(new AgendaSettings(true, Duration.ofMinutes(10), Duration.ofMinutes(2)),
                        List.of(new RecordingDirectSink("one", sent)))
                .timetable((platform, runner) -> timetable = new InMemoryTimetable(clock, runner))
                .start();
        open.add(pipeline);
        return pipeline;
    }

    @Test
    void anAnnouncementGoesOutAtItsMomentOnce() {
        RecordingSink sink = RecordingSink.console();
        pipeline(sink);

        assertThat(timetable.runDue()).isZero();
        clock.set(Rehearsals.instant("2018-06-14T11:20:00"));
        assertThat(timetable.runDue()).isEqualTo(1);
        timetable.runDue();

        assertThat(sink.announcedIds()).containsExactly("sean");
        assertThat(sink.announcements().get(0).postedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aReminderGoesToThePersonAtTheirLeadOnce() {
        clock.set(Rehearsals.instant("2018-06-14T11:10:00"));
        JobPipeline pipeline = pipeline(RecordingSink.console());
        pipeline.agendaStore().orElseThrow().add(ALICE, new SessionId("next"));

        clock.set(Rehearsals.instant("2018-06-14T11:17:59"));
        assertThat(timetable.runDue()).isZero();
        clock.set(Rehearsals.instant("2018-06-14T11:18:00"));
        timetable.runDue();
        timetable.runDue();

        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.userId()).isEqualTo("alice");
            assertThat(((SessionReminder) s.notice()).session().id()).isEqualTo("next");
        });
    }

    @Test
    void aFailedPostIsRetriedAfterTheRetryDelayAndPostedOnce() {
        RecordingSink sink = RecordingSink.console().failing(1);
        pipeline(sink);
        clock.set(Rehearsals.instant("2018-06-14T11:20:00"));

        try (LogCapture log = LogCapture.of(JobDelivery.class)) {
            timetable.runDue();
            assertThat(log.problems()).singleElement().asString().contains("announcement of sean", "will be retried");
        }
        assertThat(sink.announcements()).isEmpty();
        clock.advance(Rehearsals.FAST.retryAfter());
        timetable.runDue();

        assertThat(sink.attempts()).isEqualTo(2);
        assertThat(sink.announcedIds()).containsExactly("sean");
        assertThat(sink.keysAsked()).extracting(DeliveryKey::value).as("one delivery, one key").containsOnly(
                sink.keysAsked().get(0).value());
        assertThat(sink.keysAsked()).extracting(DeliveryKey::earlierAttempt).as("the retry says since when the "
                + "failed attempt may have posted").containsExactly(null, Rehearsals.instant("2018-06-14T11:20:00"));
    }

    @Test
    void aRestartPostsNothingThatWasPosted() {
        RecordingSink first = RecordingSink.console();
        JobPipeline run1 = pipeline(first);
        clock.set(Rehearsals.instant("2018-06-14T11:20:00"));
        timetable.runDue();
        run1.close();

        RecordingSink second = RecordingSink.console();
        pipeline(second);
        timetable.runDue();
        clock.set(Rehearsals.instant("2018-06-14T11:23:00"));
        timetable.runDue();

        assertThat(first.announcedIds()).containsExactly("sean");
        assertThat(second.announcedIds()).containsExactly("next");
    }
}
