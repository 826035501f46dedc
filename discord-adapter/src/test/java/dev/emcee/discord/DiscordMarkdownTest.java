package dev.emcee.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscordMarkdownTest {
    @Test
    void escapesEveryCharacterThatStartsMarkup() {
        assertThat(DiscordMarkdown.escape("**a** _b_ ~~c~~ `d` ||e|| [f](g) <@&1> @everyone \\"))
                .isEqualTo("\\*\\*a\\*\\* \\_b\\_ \\~\\~c\\~\\~ \\`d\\` \\|\\|e\\|\\| \\[f\\](g) "
                        + "\\<\\@&1\\> \\@everyone \\\\");
    }

    @Test
    void escapesLineStartMarkupOnly() {
        assertThat(DiscordMarkdown.escape("# Title\n- item\n  12. step\nC# and 3.5 - fine"))
                .isEqualTo("\\# Title\n\\- item\n  12\\. step\nC# and 3.5 - fine");
    }

    @Test
    void truncationNeverLeavesADanglingBackslash() {
        assertThat(DiscordMarkdown.truncate("abc\\*def", 5)).isEqualTo("abc…");
        assertThat(DiscordMarkdown.truncate("short", 10)).isEqualTo("short");
        assertThat(DiscordMarkdown.truncate("abcdefghij", 5)).hasSize(5).isEqualTo("abcd…");
    }

    @Test
    void onlyPlainHttpLinksAreShownAsLinks() {
        assertThat(DiscordMarkdown.isSafeLink("https://conferences.oreilly.com/velocity/vl-ca-2018")).isTrue();
        assertThat(DiscordMarkdown.isSafeLink("http://x/)](javascript:alert(1))")).isFalse();
        assertThat(DiscordMarkdown.isSafeLink("javascript:alert(1)")).isFalse();
        assertThat(DiscordMarkdown.isSafeLink(null)).isFalse();
    }
}
