package dev.emcee.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.FaqAnswer;
import dev.emcee.core.answer.LinkedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An FAQ answer in Block Kit: the question as the header, the text with its links as Slack links. */
class SlackFaqRenderingTest {
    private final SlackAnswerRenderer renderer = new SlackAnswerRenderer("/emcee");

    @Test
    void theQuestionIsTheHeaderAndLinksAreSlackLinks() {
        SlackMessage message = renderer.render(new FaqAnswer("Is there a code of conduct?", new LinkedText(List.of(
                new LinkedText.Plain("Demo text: read "), new LinkedText.Link("the code <of> conduct",
                        "https://example.org/coc?a=1&b=2"), new LinkedText.Plain(" & ask the desk.")))));

        String all = RenderedTexts.joined(message);
        assertThat(all).contains("Is there a code of conduct?")
                .contains("Demo text: read <https://example.org/coc?a=1&amp;b=2|the code &lt;of&gt; conduct>"
                        + " &amp; ask the desk.");
        assertThat(message.text()).as("the notification text names the address")
                .isEqualTo("Demo text: read the code &lt;of&gt; conduct (https://example.org/coc?a=1&amp;b=2) &amp; ask "
                        + "the desk.");
        assertThat(RenderedTexts.json(message).getAsJsonArray("blocks").get(0).getAsJsonObject().get("type")
                .getAsString()).isEqualTo("header");
    }
}
