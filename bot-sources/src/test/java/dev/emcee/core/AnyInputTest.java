package dev.emcee.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.PlainTextRenderer;
import dev.emcee.core.testing.ChatHarness;
import dev.emcee.sources.testing.BundledSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Any input at all gets a reply and never an exception: a seeded fuzz of thousands of inputs. */
class AnyInputTest {
    private static final String[] FRAGMENTS = {
        "what's", "next", "in", "LL21", "A/B", "who", "is", "kyle", "at", "2:30", "14:30", "pm", "tomorrow", "?",
        "thursday", "june", "14", "6/14", "<!channel>", "<@U123>", "@everyone", "*", "_", "`", "🤔", "🎤", "\u0000",
        "\u202e", "\t", "\n", "\r", "emcee", "hey", "please", "from", "fastly", "top", "rated", "room", "track",
        "distributed", "beginner", "agenda", "2018-06-14", "99:99", "13/45", "day 9", "'s", "\"", "\\", "<", ">",
        "&amp;", "<script>", "SELECT * FROM", "%s", "${jndi:x}", "ünïcödé", "日本語", "مرحبا", "0", "-1", "9999999999"};

    @Test
    @Timeout(60)
    void thousandsOfRandomInputsAllGetAReply() {
        ChatHarness chat = BundledSchedule.chatAt("2018-06-14T11:00");
        SplittableRandom random = new SplittableRandom(20180614);
        for (int i = 0; i < 5_000; i++) {
            String input = i % 3 == 0 ? randomChars(random) : randomFragments(random);
            assertReply(chat, input);
        }
    }

    @Test
    void edgeInputsGetAReply() {
        ChatHarness chat = BundledSchedule.chatAt("2018-06-14T11:00");
        List<String> inputs = new ArrayList<>(List.of("", " ", "\n\n", "?", "???", "!!!", "..", "🤔", "\u0000\u0001",
                "<>", "<@>", "<!here|here>", "at", "at 25:00", "at 0:00", "day 0", "at 12", "who is", "who is ?",
                "from", "anything on", "in", "the", "s"));
        inputs.add("what's next ".repeat(2_000));
        inputs.add("x".repeat(10_000));
        inputs.add("🎤".repeat(5_000));
        for (String input : inputs) {
            assertReply(chat, input);
        }
    }

    private static void assertReply(ChatHarness chat, String input) {
        Answer answer = chat.answer(input);
        assertThat(answer).as("answer to %s", printable(input)).isNotNull();
        assertThat(PlainTextRenderer.render(answer)).as("reply to %s", printable(input)).isNotBlank()
                .doesNotContain("Exception").doesNotContain("something went wrong");
    }

    private static String randomFragments(SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(1, 9);
        for (int i = 0; i < n; i++) {
            out.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]).append(random.nextBoolean() ? " " : "");
        }
        return out.toString();
    }

    private static String randomChars(SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(0, 200);
        for (int i = 0; i < n; i++) {
            int cp = random.nextInt(4) == 0 ? random.nextInt(0x20, 0x7f) : random.nextInt(0, 0x2FFFF);
            if (Character.isValidCodePoint(cp)) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static String printable(String input) {
        String head = input.length() > 60 ? input.substring(0, 60) + "…(" + input.length() + " chars)" : input;
        return "\"" + head.replaceAll("\\p{Cntrl}", "?") + "\"";
    }
}
