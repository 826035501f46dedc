package dev.emcee.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.emcee.core.HomePage;
import dev.emcee.core.answer.HelpAnswer;
import dev.emcee.core.answer.OnNow;
import dev.emcee.core.answer.PersonalAgenda;
import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.answer.UpNext;
import dev.emcee.core.testing.AnswerSamples;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The App Home view: every part in order, within Slack's 100 blocks however busy the hour or long the agenda. */
class SlackHomeRendererTest {
    private final SlackHomeRenderer renderer = new SlackHomeRenderer(new SlackAnswerRenderer("/emcee", true));
    private final HelpAnswer help = new HelpAnswer("Ask me about the schedule.", List.of("what's next", "my agenda"));

    @Test
    void aHomeViewShowsNowNextTheAgendaAndHelpInThatOrder() {
        View view = renderer.render(new HomePage(new OnNow("at the conference", List.of(AnswerSamples.card("a", -5)),
                List.of(), AnswerSamples.NOW), new UpNext("at the conference", List.of(AnswerSamples.card("b", 30)),
                List.of(), AnswerSamples.NOW), Optional.of(agenda(1)), help));

        String json = json(view.getBlocks());
        assertThat(view.getType()).isEqualTo("home");
        assertThat(json).containsSubsequence("On now", "Session a", "Up next", "Session b", "Your agenda",
                "remove:later0", "Ask me about the schedule.", "/emcee my agenda");
    }

    @Test
    void aLongAgendaAndABusyHourStillLeaveRoomForHelpWithinOneHundredBlocks() {
        List<SessionCard> many = cards(60);
        View view = renderer.render(new HomePage(new OnNow("at the conference", many, many, AnswerSamples.NOW),
                new UpNext("at the conference", many, many, AnswerSamples.NOW), Optional.of(agenda(60)), help));

        List<LayoutBlock> blocks = view.getBlocks();
        assertThat(blocks).hasSizeLessThanOrEqualTo(SlackHomeRenderer.MAX_BLOCKS);
        assertThat(json(blocks)).contains("remove:later0", "Ask me about the schedule.",
                "/emcee my agenda");
    }

    private static String json(List<LayoutBlock> blocks) {
        return com.slack.api.util.json.GsonFactory.createSnakeCase().toJson(blocks);
    }

    private static PersonalAgenda agenda(int sessions) {
        return new PersonalAgenda(IntStream.range(0, sessions).mapToObj(i -> new PersonalAgenda.Entry(
                AnswerSamples.card("later" + i, 120 + i), List.of())).toList(), Duration.ofMinutes(10),
                AnswerSamples.NOW);
    }

    private static List<SessionCard> cards(int count) {
        return IntStream.range(0, count).mapToObj(i -> AnswerSamples.card("s" + i, i)).toList();
    }
}
