package dev.emcee.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.bench.chaos.ChaosPlan.PlannedSession;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChaosPlanTest {
    @Test
    void theSameSeedGivesTheSamePlanAndAnotherSeedAnother() {
        assertThat(ChaosPlan.draw(7, 10)).isEqualTo(ChaosPlan.draw(7, 10));
        assertThat(ChaosPlan.draw(8, 10).kills()).isNotEqualTo(ChaosPlan.draw(7, 10).kills());
    }

    @Test
    void tenMinutesHaveDozensOfAnnouncementsKillsMostlyMidPostAndQuestionsThroughout() {
        ChaosPlan plan = ChaosPlan.draw(1, 10);
        assertThat(plan.editedSessions().size() * ChaosTally.PLATFORMS.size()).isGreaterThan(48);
        assertThat(plan.kills()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(plan.kills().stream().filter(ChaosPlan.Kill::midPost).count()).isGreaterThanOrEqualTo(4);
        assertThat(plan.questions()).hasSizeGreaterThan(100);
        assertThat(plan.sessions()).allMatch(s -> s.dueMs() >= 45_000 && s.dueMs() <= 580_000);
    }

    @Test
    void theEditMovesOneLaterSessionDeletesTheNextAndAddsOneAllDueAMinuteOrMoreAfterIt() {
        ChaosPlan plan = ChaosPlan.draw(3, 10);
        List<PlannedSession> later = plan.sessions().stream().filter(s -> s.dueMs() >= plan.editAtMs() + 60_000)
                .toList();
        PlannedSession moved = plan.finalSession(later.get(0).id()).orElseThrow();
        assertThat(moved.startMs()).isEqualTo(later.get(0).startMs() + 30_000);
        assertThat(moved.room()).isEqualTo(ChaosPlan.MOVED_ROOM);
        assertThat(plan.finalSession(later.get(1).id())).isEmpty();
        assertThat(plan.finalSession("a001")).hasValueSatisfying(a -> assertThat(a.dueMs())
                .isEqualTo(plan.editAtMs() + 75_000));
        assertThat(plan.editedSessions()).hasSize(plan.sessions().size());
    }
}
