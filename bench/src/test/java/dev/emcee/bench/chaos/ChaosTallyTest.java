package dev.emcee.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.bench.chaos.ChaosPlan.PlannedSession;
import dev.emcee.bench.chaos.ChaosTally.Asked;
import dev.emcee.bench.chaos.ChaosTally.Killed;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ChaosTallyTest {
    private final AtomicLong now = new AtomicLong();
    private final Observations seen = new Observations(now::get);
    private final PlannedSession one = new PlannedSession("s001", "r1", 100_000);
    private final PlannedSession two = new PlannedSession("s002", "r2", 120_000);
    private final PlannedSession deleted = new PlannedSession("s003", "r3", 130_000);
    private final ChaosPlan plan = new ChaosPlan(List.of(one, two, deleted), List.of(one, two), 10_000, List.of(),
            List.of(), 0);

    @Test
    void countsEachAnnouncementOncePerPlatformAgainstTheFinalSchedule() {
        announce("slack", "s001", 40_500);
        announce("discord", "s001", 41_000);
        announce("discord", "s001", 47_000);
        announce("slack", "s002", 62_000);
        announce("slack", "s003", 70_000);

        ChaosTally tally = ChaosTally.count(plan, seen, List.of(), List.of());

        assertThat(tally.line()).isEqualTo("chaos: announcements due 4 posted 3 duplicated 2 missing 1;"
                + " questions 0 answers 0 duplicated 0 unanswered 0; kills 0 mid-post 0; lateness p50 1.00 max 2.00");
        assertThat(tally.unexpected()).isEqualTo(1);
        assertThat(tally.failed()).isTrue();
    }

    @Test
    void anAnnouncementPostedBeforeItsMovedTimeIsUnexpected() {
        announce("slack", "s001", 20_000);
        announce("slack", "s001", 40_000);

        ChaosTally tally = ChaosTally.count(plan, seen, List.of(), List.of());

        assertThat(tally.unexpected()).isEqualTo(1);
        assertThat(tally.announcementsPosted()).isEqualTo(1);
        assertThat(tally.announcementsDuplicated()).isEqualTo(1);
    }

    @Test
    void questionsLostWhileAnInstanceDiesAreExcusedAndReportedApart() {
        seen.replied(1);
        seen.replied(2);
        seen.replied(2);
        List<Asked> asked = List.of(new Asked(1, 1_000), new Asked(2, 5_000), new Asked(3, 20_000),
                new Asked(4, 40_000));
        List<Killed> killed = List.of(new Killed(25_000, true), new Killed(60_000, false));

        ChaosTally tally = ChaosTally.count(plan, seen, asked, killed);

        assertThat(tally.line()).contains("questions 4 answers 3 duplicated 1 unanswered 1; kills 2 mid-post 1;");
        assertThat(tally.detail()).contains("while an instance was dying 1, of which unanswered 1");
    }

    @Test
    void aCleanRunPasses() {
        for (String platform : ChaosTally.PLATFORMS) {
            announce(platform, "s001", 40_000);
            announce(platform, "s002", 60_100);
        }
        seen.replied(1);

        ChaosTally tally = ChaosTally.count(plan, seen, List.of(new Asked(1, 1_000)), List.of());

        assertThat(tally.failed()).isFalse();
        assertThat(tally.line()).endsWith("lateness p50 0.00 max 0.10");
    }

    private void announce(String platform, String session, long atMs) {
        now.set(atMs);
        seen.announced(platform, session);
    }
}
