package dev.emcee.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.emcee.core.testing.FakeTicker;
import dev.emcee.slack.render.SlackAnswerRenderer;
import dev.emcee.slack.render.SlackHomeRenderer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How many Home tabs a schedule change publishes, and how fast: only those opened recently, each once, paced below
 * Slack's Tier 4 rate for {@code views.publish}. The publishing runs against the local Slack; the delays are recorded
 * and run by the test, and "recently" is measured on a fake ticker.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SlackHomePacingTest {
    private final FakeSlack slack;
    private final Slack client;
    private final FakeTicker ticker = new FakeTicker();
    private final List<Duration> delays = new ArrayList<>();
    private final List<Runnable> waiting = new ArrayList<>();
    private final StubHomePages pages = new StubHomePages();
    private final SlackHome home;

    SlackHomePacingTest() throws Exception {
        slack = new FakeSlack();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        client = Slack.getInstance(config);
        home = new SlackHome(pages, new SlackHomeRenderer(new SlackAnswerRenderer("/emcee")),
                client.methods(FakeSlack.BOT_TOKEN), (delay, task) -> {
                    delays.add(delay);
                    waiting.add(task);
                }, ticker);
    }

    @AfterEach
    void close() throws Exception {
        client.close();
        slack.close();
    }

    @Test
    void aScheduleChangePublishesEachRecentHomeOncePacedBelowSlacksRate() {
        home.opened("U0ALICE");
        home.opened("U0BOB");
        home.opened("U0CAROL");
        runWaiting();
        delays.clear();

        pages.scheduleChanged();
        pages.scheduleChanged(); // a second change before the first was published
        runWaiting();

        assertThat(delays).containsExactlyInAnyOrder(Duration.ZERO, SlackHome.PACE, SlackHome.PACE.multipliedBy(2));
        assertThat(SlackHome.PACE).isGreaterThanOrEqualTo(Duration.ofMillis(600)); // at most 100 a minute
        assertThat(slack.publishedViews()).extracting(v -> v.get("user_id"))
                .containsExactlyInAnyOrder("U0ALICE", "U0BOB", "U0CAROL", "U0ALICE", "U0BOB", "U0CAROL");
    }

    @Test
    void aHomeOpenedLongAgoIsNoLongerRefreshedByAnyChange() {
        home.opened("U0ALICE");
        runWaiting();
        ticker.advance(SlackHome.RECENT.plusMinutes(1));

        home.agendaChanged("U0ALICE");
        pages.scheduleChanged();
        runWaiting();

        assertThat(slack.publishedViews()).hasSize(1);
    }

    @Test
    void anAgendaChangeRepublishesOnlyAHomeThatWasOpened() {
        home.opened("U0ALICE");
        home.agendaChanged("U0ALICE");
        home.agendaChanged("U0BOB");
        runWaiting();

        assertThat(slack.publishedViews()).extracting(v -> v.get("user_id")).containsExactly("U0ALICE", "U0ALICE");
    }

    private void runWaiting() {
        List<Runnable> tasks = List.copyOf(waiting);
        waiting.clear();
        tasks.forEach(Runnable::run);
    }
}
