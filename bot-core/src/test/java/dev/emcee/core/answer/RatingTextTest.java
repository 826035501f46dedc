package dev.emcee.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.schedule.Rating;
import org.junit.jupiter.api.Test;

class RatingTextTest {
    @Test
    void oneWordingWithOneDecimalOutOfFiveAndTheCount() {
        assertThat(RatingText.of(new Rating(4.33, 6))).contains("★ 4.3/5 (6 ratings)");
        assertThat(RatingText.of(new Rating(5.0, 1))).contains("★ 5.0/5 (1 rating)");
    }

    @Test
    void aRatingNobodyGaveIsNotShown() {
        assertThat(RatingText.of(new Rating(0, 0))).isEmpty();
    }
}
