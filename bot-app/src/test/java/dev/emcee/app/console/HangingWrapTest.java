package dev.emcee.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.testing.ChatHarness;
import dev.emcee.sources.testing.BundledSchedule;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class HangingWrapTest {
    @Test
    void aLongLineGoesOnUnderItsOwnIndent() {
        List<String> lines = HangingWrap.lines("Up next:\n• A session\n  " + "word ".repeat(30).strip(), 7, 40);

        assertThat(lines.get(0)).isEqualTo("Up next:");
        assertThat(lines.get(1)).isEqualTo("• A session");
        assertThat(lines.subList(2, lines.size())).hasSizeGreaterThan(3)
                .allSatisfy(l -> assertThat(l).startsWith("  word").hasSizeLessThanOrEqualTo(40 - 7));
        assertThat(String.join(" ", lines.subList(2, lines.size())).replaceAll(" +", " ").strip())
                .isEqualTo("word ".repeat(30).strip());
    }

    @Test
    void aBulletsTextContinuesUnderTheText() {
        List<String> lines = HangingWrap.lines("• " + "alpha beta gamma delta ".repeat(4).strip(), 0, 30);

        assertThat(lines.get(0)).startsWith("• alpha");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(l -> assertThat(l).matches("  \\S.*"));
    }

    @Test
    void shortLinesAndAWordLongerThanTheWidthStayWhole() {
        assertThat(HangingWrap.lines("short\n  also short", 7, 80)).containsExactly("short", "  also short");
        String url = "https://example.org/" + "x".repeat(80);
        assertThat(HangingWrap.lines("  " + url, 7, 60)).containsExactly("  " + url);
    }

    @Test
    void theInteractiveConsoleWrapsAnAbstractUnderItsIndentNotAtColumnZero() throws Exception {
        ChatHarness chat = BundledSchedule.chatAt("2018-06-14T11:00");
        StringWriter printed = new StringWriter();
        new ConsoleChat(chat.emcee(), new PrintWriter(printed), true, 60)
                .run(new BufferedReader(new StringReader("what's next in LL21 A/B\nquit\n")));

        List<String> lines = printed.toString().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("In 2007, Pat Helland"));
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(60));
        int abstractAt = lines.indexOf(lines.stream().filter(l -> l.contains("In 2007")).findFirst().orElseThrow());
        assertThat(lines.get(abstractAt + 1)).as("the abstract's next line").startsWith("         ")
                .doesNotStartWith("          ");
    }

    @Test
    void theWidthComesFromColumnsOrIsEighty() {
        assertThat(ConsoleChat.widthOf("120")).isEqualTo(120);
        assertThat(ConsoleChat.widthOf(null)).isEqualTo(80);
        assertThat(ConsoleChat.widthOf("wide")).isEqualTo(80);
    }
}
