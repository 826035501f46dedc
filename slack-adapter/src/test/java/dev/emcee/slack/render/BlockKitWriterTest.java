package dev.emcee.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.ConfirmationDialogObject;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.testing.AnswerSamples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-pass writer gives exactly the JSON the Slack SDK's Gson gives for the same blocks. */
class BlockKitWriterTest {
    private static final Gson SDK_GSON = GsonFactory.createSnakeCase();

    @Test
    void everyAnswerAndNoticeIsWrittenAsTheSdkWouldWriteIt() {
        List<SlackMessage> messages = new ArrayList<>();
        for (boolean buttons : new boolean[] {false, true}) {
            SlackAnswerRenderer answers = new SlackAnswerRenderer("/emcee", buttons);
            SlackNoticeRenderer notices = new SlackNoticeRenderer(buttons);
            for (Answer answer : AnswerSamples.answers()) {
                messages.add(answers.render(answer));
            }
            for (Notice notice : AnswerSamples.notices()) {
                messages.add(notices.render(notice));
            }
        }
        assertThat(messages).hasSizeGreaterThan(20);
        assertThat(messages).anySatisfy(m -> assertThat(BlockKitWriter.message(m, false)).contains("\"accessory\""));
        for (SlackMessage message : messages) {
            assertThat(parse(BlockKitWriter.message(message, false))).as(message.text()).isEqualTo(sdk(message));
            assertThat(parse(BlockKitWriter.message(message, true))).as(message.text()).isEqualTo(sdk(message));
        }
    }

    @Test
    void aSlashCommandResponseIsWhatBoltsAckWouldSend() {
        SlackMessage message = new SlackAnswerRenderer("/emcee", true).render(AnswerSamples.answers().get(0));
        for (String type : List.of("ephemeral", "in_channel")) {
            SlashCommandResponse bolt = SlashCommandResponse.builder().responseType(type).text(message.text())
                    .blocks(message.blocks()).build();
            assertThat(parse(BlockKitWriter.commandResponse(type, message))).isEqualTo(parse(SDK_GSON.toJson(bolt)));
        }
    }

    @Test
    void fieldsAndBlocksEmcee_sRenderersDoNotUseAreWrittenToo() {
        ButtonElement confirmed = ButtonElement.builder().actionId("a").url("https://example.org").value("v")
                .style("danger").accessibilityLabel("label").text(PlainTextObject.builder().text("Go").build())
                .confirm(ConfirmationDialogObject.builder().title(PlainTextObject.builder().text("Sure?").build())
                        .build())
                .build();
        SlackMessage message = new SlackMessage("all", List.of(
                SectionBlock.builder().blockId("s1").expand(true)
                        .text(MarkdownTextObject.builder().text("*hi*").verbatim(true).build())
                        .accessory(confirmed).build(),
                ActionsBlock.builder().blockId("a1").elements(List.of(confirmed)).build()));

        String written = BlockKitWriter.message(message, false);

        assertThat(written).contains("\"block_id\":\"s1\"", "\"expand\":true", "\"verbatim\":true",
                "\"accessibility_label\":\"label\"", "\"confirm\"", "\"type\":\"actions\"");
        assertThat(parse(written)).isEqualTo(sdk(message));
    }

    @Test
    void everyCharacterSurvivesTheRoundTrip() {
        String awkward = "quote \" backslash \\ newline \n tab \t return \r bell \u0007 nul \u0000 "
                + "separators \u2028\u2029 accents é – … emoji 😀 lone surrogate \ud800 end";
        SlackMessage message = new SlackMessage(awkward, List.of(
                SectionBlock.builder().text(MarkdownTextObject.builder().text(awkward).build()).build()));

        String written = BlockKitWriter.commandResponse("ephemeral", message);

        assertThat(written).doesNotContain("\n", "\u2028").contains("\\u2028", "\\u0000", "\\n", "\\u2013");
        assertThat(written.chars()).as("plain ASCII").allMatch(c -> c >= 0x20 && c < 0x7F);
        assertThat(parse(written).getAsJsonObject().get("text").getAsString()).isEqualTo(awkward);
        assertThat(parse(BlockKitWriter.message(message, false))).isEqualTo(sdk(message));
    }

    private static JsonElement sdk(SlackMessage message) {
        JsonObject object = new JsonObject();
        object.addProperty("text", message.text());
        object.add("blocks", SDK_GSON.toJsonTree(message.blocks()));
        return object;
    }

    private static JsonElement parse(String json) {
        return JsonParser.parseString(json);
    }
}
