package dev.emcee.core.testing;

import dev.emcee.core.AnsweringOptions;
import dev.emcee.core.Emcee;
import dev.emcee.core.organize.InMemoryOverrideStore;
import dev.emcee.core.organize.OrganizerDesk;
import dev.emcee.core.organize.Organizers;
import dev.emcee.core.organize.ScheduleOverlay;
import dev.emcee.core.Inquiry;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.PlainTextRenderer;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;

/**
 * Talks to a real {@link Emcee} the way a person would: {@code chat.ask("what's next in LL21 A/B")} returns the
 * reply, with a clock and ticker the test moves.
 */
public final class ChatHarness {
    private final MutableClock clock;
    private final FakeTicker ticker = new FakeTicker();
    private final CurrentSchedule schedule;
    private final Emcee emcee;
    private String user = "tester";
    private Platform platform = Platform.CONSOLE;
    private CurrentSchedule source;
    private ScheduleOverlay overlay;
    private OrganizerDesk desk;

    public ChatHarness(Schedule schedule, Instant now) {
        this(schedule, now, new AnsweringOptions(0, 1_000));
    }

    public ChatHarness(Schedule schedule, Instant now, AnsweringOptions options) {
        this.clock = new MutableClock(now);
        this.schedule = new CurrentSchedule(schedule);
        this.emcee = new Emcee(this.schedule, clock, options, ticker);
    }

    /** The structured answer, or null when Emcee stays silent. */
    public Answer answer(String question) {
        return emcee.answer(new Inquiry(platform, user, question)).orElse(null);
    }

    /** The plain-text reply, or null when Emcee stays silent. */
    public String ask(String question) {
        Answer answer = answer(question);
        return answer == null ? null : PlainTextRenderer.render(answer);
    }

    /** Asks from this platform from now on (the console is not rate limited; chat platforms are). */
    public ChatHarness on(Platform platform) {
        this.platform = platform;
        return this;
    }

    public ChatHarness as(String userId) {
        this.user = userId;
        return this;
    }

    public ChatHarness at(String localDateTime) {
        clock.set(BundledConference.at(localDateTime));
        return this;
    }

    public void pass(Duration duration) {
        clock.advance(duration);
        ticker.advance(duration);
    }

    /**
     * Takes organizers' commands from now on, with the overlay in memory: the harness's schedule becomes the
     * schedule in service, produced from {@link #source()} and the overlay.
     */
    public ChatHarness organizedBy(Organizers organizers) {
        this.source = new CurrentSchedule(schedule.get());
        this.overlay = new ScheduleOverlay(source, schedule, new InMemoryOverrideStore());
        this.desk = new OrganizerDesk(organizers, overlay, ticker);
        emcee.organizeWith(desk);
        return this;
    }

    /** The organizers' desk, once {@link #organizedBy} is called. */
    public OrganizerDesk desk() {
        return desk;
    }

    /** The schedule as its sources give it, once {@link #organizedBy} is called. */
    public CurrentSchedule source() {
        return source;
    }

    /** The organizers' overlay, once {@link #organizedBy} is called. */
    public ScheduleOverlay overlay() {
        return overlay;
    }

    public Emcee emcee() {
        return emcee;
    }

    public CurrentSchedule schedule() {
        return schedule;
    }
}
