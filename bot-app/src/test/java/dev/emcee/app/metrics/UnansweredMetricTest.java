package dev.emcee.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.platform.Platform;
import dev.emcee.core.testing.ChatHarness;
import dev.emcee.sources.testing.BundledSchedule;
import org.junit.jupiter.api.Test;

/** {@code /metrics} counts the questions nothing answered, by platform, and nothing else as such. */
class UnansweredMetricTest {
    @Test
    void unansweredQuestionsAreCountedByPlatform() {
        ChatHarness chat = BundledSchedule.chatWithFaqAt("2018-06-14T11:00");
        EmceeMetrics metrics = new EmceeMetrics(chat.schedule());
        chat.emcee().observeWith(metrics);

        chat.on(Platform.SLACK).ask("is there parking");
        chat.on(Platform.SLACK).ask("is there a gym");
        chat.on(Platform.SLACK).ask("wifi password?");
        chat.on(Platform.DISCORD).ask("who is Kyle Kingsbury");

        assertThat(metrics.scrape()).contains("emcee_questions_unanswered_total{platform=\"slack\"} 2.0")
                .doesNotContain("emcee_questions_unanswered_total{platform=\"discord\"}")
                .contains("emcee_questions_total{intent=\"Faq\",platform=\"slack\"} 1.0");
    }
}
