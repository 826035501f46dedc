package dev.emcee.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.testing.AnswerSamples;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of notice as an embed: valid, within limits, safe, and saying what changed. */
class DiscordNoticeRendererTest {
    private final DiscordNoticeRenderer renderer = new DiscordNoticeRenderer();

    /** One notice of every kind (the core's samples fail when a kind has none), then Discord's hostile ones. */
    static List<Notice> samples() {
        return Stream.concat(AnswerSamples.notices().stream(), DiscordSamples.notices().stream()).toList();
    }

    @Test
    void everyKindOfNoticeHasASample() {
        Set<Class<?>> sampled = AnswerSamples.notices().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(AnswerSamples.kinds(Notice.class));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyKindRendersSafelyWithinLimits(Notice notice) {
        MessageEmbed embed = renderer.render(notice);

        assertThat(embed.isSendable()).isTrue();
        assertThat(DiscordAnswerRendererTest.allText(embed)).doesNotContain("**bold**", "*bold*", "[link](",
                "<@&123>", "<@U123>", "<!channel>", "<t:0:R>", " @everyone", " @here");
    }

    @Test
    void anAnnouncementSaysWhenFromTheTimeItIsPosted() {
        var sean = DiscordSamples.seanAllen();

        assertThat(renderer.render(new SessionsStarting(List.of(sean), sean.start().minusSeconds(300))).getTitle())
                .isEqualTo("Starting in 5 minutes: Sean Allen on Distributed State");
        assertThat(renderer.render(new SessionsStarting(List.of(sean), sean.start().minusSeconds(170))).getTitle())
                .isEqualTo("Starting in 3 minutes: Sean Allen on Distributed State");
        assertThat(renderer.render(new SessionsStarting(List.of(sean), sean.start().plusSeconds(30))).getTitle())
                .isEqualTo("Starting now: Sean Allen on Distributed State");
    }

    @Test
    void aScheduleChangeShowsEachChangeWithOldAndNewTimes() {
        ScheduleChanged changed = (ScheduleChanged) DiscordSamples.notices().get(1);
        MessageEmbed embed = renderer.render(changed);

        assertThat(embed.getTitle()).isEqualTo("3 schedule changes");
        assertThat(embed.getFields()).extracting(MessageEmbed.Field::getName)
                .anyMatch(n -> n.startsWith("Moved · "))
                .contains("Cancelled · Session c", "Added · Session a");
        MessageEmbed.Field moved = embed.getFields().get(0);
        var before = changed.changes().get(0).before();
        var after = changed.changes().get(0).after().orElseThrow();
        assertThat(moved.getValue()).contains("Was <t:" + before.start().getEpochSecond() + ":f>",
                "Now <t:" + after.start().getEpochSecond() + ":f>");
    }
}
