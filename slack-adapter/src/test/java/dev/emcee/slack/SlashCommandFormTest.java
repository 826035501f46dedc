package dev.emcee.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.slash_commands.SlashCommandPayloadDetector;
import com.slack.api.app_backend.slash_commands.SlashCommandPayloadParser;
import com.slack.api.app_backend.util.JsonPayloadExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The one-pass form reader gives what Bolt's own parser gives, and leaves to Bolt what is not a command. */
class SlashCommandFormTest {
    private static final SlashCommandPayloadParser BOLT = new SlashCommandPayloadParser();

    @Test
    void readsACommandAsBoltDoes() {
        List<String> bodies = new ArrayList<>();
        for (String text : List.of("what's next in LL21 A/B", "", "a=b & c", "100% + ünïcödé 🎤 <@U1> &amp;",
                "line\nbreak", "public who is Kyle")) {
            bodies.add(SlackPayloads.formBody(SlackPayloads.slashCommand("/emcee", text)));
        }
        String plain = SlackPayloads.formBody(SlackPayloads.slashCommand("/emcee", "hi"));
        bodies.add(plain + "&is_enterprise_install=false&enterprise_id=E1&enterprise_name=Big+Co");
        bodies.add(plain + "&text=again&&&odd&=nameless&x==&y=1=2&z=3==&%0Atext%0A=decoded+name");
        bodies.add(" token=t&command=%2Femcee&text=raw text with spaces");
        bodies.add("command=%2Femcee");
        SplittableRandom random = new SplittableRandom(20180614);
        for (int i = 0; i < 2_000; i++) {
            bodies.add(plain + "&" + noise(random));
        }
        for (String body : bodies) {
            assertThat(SlashCommandForm.read(body)).as(body).contains(BOLT.parse(body));
        }
    }

    @Test
    void leavesEverythingElseToBolt() {
        List<String> others = List.of("", "  ", "{\"type\":\"event_callback\"}",
                "payload=%7B%22type%22%3A%22block_actions%22%7D",
                SlackPayloads.formBody(SlackPayloads.slashCommand("/emcee", "x")) + "&payload=%7B%7D",
                "ssl_check=1&token=t", "token=t&text=no+command", "command=");
        for (String body : others) {
            boolean boltSeesACommand = new JsonPayloadExtractor().extractIfExists(body) == null
                    && new SlashCommandPayloadDetector().isCommand(body);
            assertThat(boltSeesACommand).as(body).isFalse();
            assertThat(SlashCommandForm.read(body)).as(body).isEmpty();
        }
        assertThat(SlashCommandForm.read(null)).isEmpty();
        assertThat(SlashCommandForm.read(" [1]")).isEmpty();
    }

    /** A pair of random characters from those that matter to form parsing. */
    private static String noise(SplittableRandom random) {
        String alphabet = "ab=&%20+\n _text";
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(1, 12); i > 0; i--) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String noise = out.toString();
        // Keep it decodable: a '%' must start a valid escape for Bolt's URLDecoder not to throw.
        return noise.replace("%", "%25").replace("%2520", "%20");
    }
}
