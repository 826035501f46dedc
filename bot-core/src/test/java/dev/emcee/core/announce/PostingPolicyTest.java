package dev.emcee.core.announce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.announce.PostingDecision.Post;
import dev.emcee.core.announce.PostingDecision.Skip;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class PostingPolicyTest {
    private static final Instant START = Instant.parse("2018-06-14T18:25:00Z");
    private static final Instant END = START.plus(Duration.ofMinutes(40));
    private static final Instant FIVE_BEFORE = START.minus(Duration.ofMinutes(5));
    private final PostingPolicy policy = new PostingPolicy(Duration.ofMinutes(2));

    private PostingDecision at(Instant fireAt, Instant now) {
        return policy.decide(fireAt, START, END, now);
    }

    @Test
    void onTimeSaysHowLongUntilTheStart() {
        assertThat(at(FIVE_BEFORE, FIVE_BEFORE.plusMillis(40))).isEqualTo(new Post("starting in 5 minutes", Duration.ofMillis(40)));
    }

    @Test
    void lateInsideTheGraceWindowTellsTheTruth() {
        assertThat(at(FIVE_BEFORE, FIVE_BEFORE.plus(Duration.ofMinutes(2))))
                .isEqualTo(new Post("starting in 3 minutes", Duration.ofMinutes(2)));
        assertThat(at(START.minusSeconds(60), START.plusSeconds(30)))
                .isEqualTo(new Post("starting now", Duration.ofSeconds(90)));
    }

    @Test
    void aStartingNowAnnouncementAFewSecondsLateStillGoesOut() {
        assertThat(at(START, START.plusSeconds(5))).isEqualTo(new Post("starting now", Duration.ofSeconds(5)));
    }

    @Test
    void pastTheGraceWindowItSkips() {
        assertThat(at(FIVE_BEFORE, FIVE_BEFORE.plus(Duration.ofMinutes(2)).plusSeconds(1)))
                .isInstanceOf(Skip.class)
                .extracting(d -> ((Skip) d).reason()).asString().contains("past the grace window of 2 minutes");
    }

    @Test
    void onceTheSessionHasStartedItSkipsEvenInsideTheGraceWindow() {
        PostingPolicy generous = new PostingPolicy(Duration.ofMinutes(30));

        assertThat(generous.decide(START, START, END, START.plusSeconds(60))).isInstanceOf(Skip.class);
        assertThat(generous.decide(FIVE_BEFORE, START, END, END)).isEqualTo(new Skip("the session has already ended"));
    }

    @Test
    void wordingRoundsToTheNearestMinute() {
        assertThat(PostingPolicy.wording(START, START.minusSeconds(299))).isEqualTo("starting in 5 minutes");
        assertThat(PostingPolicy.wording(START, START.minusSeconds(150))).isEqualTo("starting in 3 minutes");
        assertThat(PostingPolicy.wording(START, START.minusSeconds(60))).isEqualTo("starting in 1 minute");
        assertThat(PostingPolicy.wording(START, START.minusSeconds(59))).isEqualTo("starting now");
    }
}
