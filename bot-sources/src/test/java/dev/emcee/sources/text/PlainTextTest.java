package dev.emcee.sources.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {
    @Test
    void htmlKeepsParagraphsListsAndLinkAddresses() {
        assertThat(PlainText.of("<p>One &amp; two</p><p>See <a href=\"https://x.example/a\">this</a>.<br>Next</p>"
                + "<ul><li>a</li><li>b</li></ul>"))
                .isEqualTo("One & two\n\nSee this (https://x.example/a).\nNext\n\n• a\n• b");
    }

    @Test
    void escapedHtmlIsDecodedOnce() {
        assertThat(PlainText.of("&lt;p&gt;FOSDEM welcome&lt;/p&gt;")).isEqualTo("FOSDEM welcome");
    }

    @Test
    void markdownBecomesText() {
        assertThat(PlainText.of("We use **[pytest](https://docs.pytest.org/)** and *RACE*.\r\n\r\n# Why\r\n- fast"))
                .doesNotContain("**", "](", "# ", "\r").contains("pytest", "RACE", "Why", "fast");
    }

    @Test
    void indentedXmlTextIsNotCode() {
        assertThat(PlainText.of("First line.\n                    Second line.\n\n                    Third."))
                .isEqualTo("First line.\nSecond line.\n\nThird.");
    }

    @Test
    void separatorsAndDoubleEscapedBreaksGo() {
        assertThat(PlainText.of("Bio line\\r\\n\\r\\nMore\n____\n***")).isEqualTo("Bio line\n\nMore");
    }

    @Test
    void linesCollapseSpaceAndEntities() {
        assertThat(PlainText.line("  Art &amp; Beauty \n ")).isEqualTo("Art & Beauty");
        assertThat(PlainText.line(null)).isEmpty();
    }
}
