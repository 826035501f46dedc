package dev.emcee.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.FaqAnswer;
import dev.emcee.core.answer.LinkedText;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

/** An FAQ answer as an embed: the question as the title, the text with its links as masked links. */
class DiscordFaqRenderingTest {
    private final DiscordAnswerRenderer renderer = new DiscordAnswerRenderer("!emcee");

    @Test
    void theQuestionIsTheTitleAndLinksAreMaskedLinks() {
        MessageEmbed embed = renderer.render(new FaqAnswer("Where is lunch?", new LinkedText(List.of(
                new LinkedText.Plain("Demo text: *see* "), new LinkedText.Link("the [map]",
                        "https://example.org/map"), new LinkedText.Plain(".")))));

        assertThat(embed.getTitle()).isEqualTo("Where is lunch?");
        assertThat(embed.getDescription()).isEqualTo("Demo text: \\*see\\* [the \\[map\\]](https://example.org/map).");
    }
}
