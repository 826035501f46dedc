package dev.emcee.core.organize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.announce.TestConference;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleOverlayTest {
    private static final Instant AT = Instant.parse("2018-06-14T18:00:00Z");

    private static Schedule conference(String alphaStart) {
        return TestConference.in("America/Los_Angeles").talk("alpha", alphaStart, "ll21ab")
                .talk("beta", "2018-06-14T11:25", "ll21ab").build();
    }

    private static SessionChange moveAlpha(Schedule schedule, Duration by) {
        Session alpha = schedule.session(new SessionId("alpha")).orElseThrow();
        return new SessionChange(alpha.id(), SessionChange.Kind.MOVE, alpha.start().plus(by), alpha.end().plus(by),
                new RoomId("ll20d"));
    }

    @Test
    void changesApplyInOrderAndUndoneOnesDoNot() {
        Schedule base = conference("2018-06-14T15:40");
        InMemoryOverrideStore store = new InMemoryOverrideStore();
        store.add(moveAlpha(base, Duration.ofMinutes(20)), "console:operator", AT);
        Session beta = base.session(new SessionId("beta")).orElseThrow();
        store.add(new SessionChange(beta.id(), SessionChange.Kind.CANCEL, beta.start(), beta.end(), beta.room()),
                "slack:U1", AT);
        Schedule overlaid = ScheduleOverlay.apply(base, store.all());
        assertThat(overlaid.session(new SessionId("alpha")).orElseThrow().room()).isEqualTo(new RoomId("ll20d"));
        assertThat(overlaid.session(new SessionId("beta"))).isEmpty();
        store.undo(2, "slack:U1", AT);
        assertThat(ScheduleOverlay.apply(base, store.all()).session(new SessionId("beta"))).isPresent();
        store.undo(1, "slack:U1", AT);
        assertThat(ScheduleOverlay.apply(base, store.all())).isSameAs(base);
    }

    @Test
    void theOverlaySurvivesAReloadOfTheSourceAndOtherInstancesChangesArriveOnRefresh() {
        Schedule base = conference("2018-06-14T15:40");
        CurrentSchedule source = new CurrentSchedule(base);
        CurrentSchedule served = new CurrentSchedule(base);
        InMemoryOverrideStore shared = new InMemoryOverrideStore();
        ScheduleOverlay overlay = new ScheduleOverlay(source, served, shared);
        List<Schedule> published = new ArrayList<>();
        served.addListener((previous, current) -> published.add(current));

        shared.add(moveAlpha(base, Duration.ofMinutes(20)), "discord:42", AT); // as another instance would
        assertThat(published).isEmpty();
        overlay.refresh();
        overlay.refresh(); // unchanged: nothing published again
        assertThat(published).hasSize(1);
        Instant moved = base.session(new SessionId("alpha")).orElseThrow().start().plus(Duration.ofMinutes(20));
        assertThat(served.get().session(new SessionId("alpha")).orElseThrow().start()).isEqualTo(moved);

        source.replace(conference("2018-06-14T15:40")); // the organizer's file reloads, unchanged
        assertThat(served.get().session(new SessionId("alpha")).orElseThrow().start()).isEqualTo(moved);
        assertThat(overlay.source().session(new SessionId("alpha")).orElseThrow().start())
                .isEqualTo(base.session(new SessionId("alpha")).orElseThrow().start());
    }
}
