package dev.emcee.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.bench.chaos.ChaosPlan.PlannedSession;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EventsTallyTest {
    private final AtomicLong now = new AtomicLong();
    private final Observations seen = new Observations(now::get);
    private final PlannedSession one = new PlannedSession("s001", "r1", 100_000);
    private final PlannedSession moved = new PlannedSession("s002", "r2", 120_000);
    private final PlannedSession deleted = new PlannedSession("s003", "r3", 130_000);
    private final ChaosPlan plan = new ChaosPlan(List.of(one, moved, deleted),
            List.of(one, new PlannedSession("s002", ChaosPlan.MOVED_ROOM, 150_000)), 10_000, List.of(), List.of(), 0);

    private void at(long ms, Runnable what) {
        now.set(ms);
        what.run();
    }

    @Test
    void eventsMadeOnceBeforeTheirSessionsMovedAndDeletedPass() {
        at(1_000, () -> seen.eventCreated("s001", false));
        at(1_100, () -> seen.eventCreated("s002", false));
        at(1_200, () -> seen.eventCreated("s003", false));
        at(50_000, () -> seen.eventUpdated("s002"));
        at(50_100, () -> seen.eventDeleted("s003"));

        EventsTally tally = EventsTally.count(plan, seen);

        assertThat(tally.line()).isEqualTo("chaos events: sessions 2 listed before their start 2 missing 0 "
                + "duplicated 0; moved and updated 1; deleted 1; stale 0");
        assertThat(tally.failed()).isFalse();
    }

    @Test
    void aSecondLiveEventALateOneAStaleOneAndAnUnfollowedMoveFail() {
        at(1_000, () -> seen.eventCreated("s001", false));
        at(2_000, () -> seen.eventCreated("s001", true));
        at(125_000, () -> seen.eventCreated("s002", false));
        at(1_200, () -> seen.eventCreated("s003", false));

        EventsTally tally = EventsTally.count(plan, seen);

        assertThat(tally.duplicated()).isEqualTo(1);
        assertThat(tally.missing()).isZero();
        assertThat(tally.stale()).isEqualTo(1);
        assertThat(tally.problems()).containsExactly("event of moved session s002 never updated",
                "event of deleted session s003 still listed");
        assertThat(tally.failed()).isTrue();
        now.set(0);
        Observations none = new Observations(now::get);
        assertThat(EventsTally.count(plan, none).missing()).isEqualTo(2);
    }
}
