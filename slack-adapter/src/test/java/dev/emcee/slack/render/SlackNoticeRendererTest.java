package dev.emcee.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.testing.AnswerSamples;
import dev.emcee.slack.SlackSamples;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackNoticeRendererTest {
    private final SlackNoticeRenderer renderer = new SlackNoticeRenderer();

    @Test
    void everyKindOfNoticeHasASampleAndASlackRendering() {
        for (Notice notice : AnswerSamples.notices()) {
            SlackMessage message = renderer.render(notice);
            assertThat(message.text()).as(notice.getClass().getSimpleName()).isNotBlank();
            assertThat(message.blocks()).as(notice.getClass().getSimpleName()).isNotEmpty();
            assertThat(RenderedTexts.tokens(message)).as("hostile sample text stays text")
                    .allMatch(RenderedTexts::isOurs);
        }
    }

    @Test
    void anAnnouncementSaysWhenAndWhat() {
        var sean = SlackSamples.seanAllen();
        SlackMessage message = renderer.render(new SessionsStarting(List.of(sean), sean.start().minusSeconds(180)));

        assertThat(message.text()).isEqualTo("Starting in 3 minutes: Sean Allen: Distributed State, 11:25am PDT, LL21 A/B");
        assertThat(RenderedTexts.joined(message)).contains("Sean Allen (Wallaroo Labs)", "<!date^1529000700^");
    }

    @Test
    void aScheduleChangeShowsTheOldAndTheNewSlot() {
        var sean = SlackSamples.seanAllen();
        var cancelled = new ScheduleChanged.Change(ScheduleChanged.Kind.CANCELLED, sean, Optional.empty());
        SlackMessage message = renderer.render(new ScheduleChanged(List.of(cancelled)));

        assertThat(message.text()).isEqualTo("Schedule change: Sean Allen: Distributed State is cancelled");
        assertThat(RenderedTexts.joined(message)).contains("*cancelled* (was <!date^1529000700^");
        SlackMessage moved = renderer.render(SlackSamples.seanAllenMoved());
        assertThat(RenderedTexts.joined(moved)).contains("*moved* to <!date^1529004300^", "LL21 C/D", "_was <!date^");
    }
}
