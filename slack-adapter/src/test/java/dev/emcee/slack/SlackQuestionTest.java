package dev.emcee.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackQuestionTest {
    @Test
    void removesTheBotMentionAndSlacksEscapes() {
        assertThat(SlackQuestion.parse("<@UBOT> what's on in Room &lt;A&gt; &amp; B?", "UBOT"))
                .isEqualTo(new SlackQuestion("what's on in Room <A> & B?", false));
        assertThat(SlackQuestion.parse("<@UBOT|emcee>, what's next", "UBOT").text()).isEqualTo("what's next");
        assertThat(SlackQuestion.parse("hey <@UBOT> what's next", "UBOT").text()).isEqualTo("hey what's next");
    }

    @Test
    void removesEveryMentionOfTheBotButNotOfOtherUsers() {
        assertThat(SlackQuestion.parse("<@UBOT> who is <@UBOT|emcee> and <@UBOTTLE>?", "UBOT").text())
                .isEqualTo("who is and <@UBOTTLE>?");
        assertThat(SlackQuestion.parse("what's next <@UBOT", "UBOT").text()).isEqualTo("what's next <@UBOT");
    }

    @Test
    void leadingPunctuationAndRunsOfSpaceAreTidied() {
        assertThat(SlackQuestion.parse("<@UBOT> ,: what's\n\tnext   in  LL21 A/B ", "UBOT").text())
                .isEqualTo("what's next in LL21 A/B");
        assertThat(SlackQuestion.parse("  : public   who is Kyle", null))
                .isEqualTo(new SlackQuestion("who is Kyle", true));
    }

    @Test
    void aLeadingPublicSharesInTheChannel() {
        assertThat(SlackQuestion.parse("Public  what's next", null)).isEqualTo(new SlackQuestion("what's next", true));
        assertThat(SlackQuestion.parse("publicity talks", null)).isEqualTo(new SlackQuestion("publicity talks", false));
        assertThat(SlackQuestion.parse("public", null)).isEqualTo(new SlackQuestion("help", true));
    }

    @Test
    void nothingOrHelpAsksForHelp() {
        assertThat(SlackQuestion.parse("", null).text()).isEqualTo("help");
        assertThat(SlackQuestion.parse(null, null).text()).isEqualTo("help");
        assertThat(SlackQuestion.parse("<@UBOT>", "UBOT").text()).isEqualTo("help");
        assertThat(SlackQuestion.parse("HELP", null).text()).isEqualTo("help");
    }
}
