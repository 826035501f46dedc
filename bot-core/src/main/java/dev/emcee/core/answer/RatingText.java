package dev.emcee.core.answer;

import dev.emcee.core.schedule.Rating;
import java.util.Locale;
import java.util.Optional;

/**
 * The one wording of a session's audience rating, used by every renderer: {@code ★ 4.3/5 (6 ratings)}.
 */
public final class RatingText {
    private RatingText() {
    }

    /** "★ 4.3/5 (6 ratings)", "★ 5.0/5 (1 rating)"; empty for a rating nobody gave. */
    public static Optional<String> of(Rating rating) {
        if (rating.count() == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "★ %.1f/5 (%d %s)", rating.average(), rating.count(),
                rating.count() == 1 ? "rating" : "ratings"));
    }
}
