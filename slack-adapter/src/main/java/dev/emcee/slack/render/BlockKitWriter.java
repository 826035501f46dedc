package dev.emcee.slack.render;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a {@link SlackMessage} as JSON in one pass. The blocks Emcee's renderers build (header, section, context,
 * divider, button, text objects) are written field by field, with the names and in the order Slack's SDK gives
 * them; anything else is handed to the SDK's own Gson. The SDK's reflective Gson costs more than the rest of
 * answering a slash command, so the hot path (the slash command's response) is written here.
 */
public final class BlockKitWriter {
    private static final Gson SDK_GSON = GsonFactory.createSnakeCase();
    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** The JSON so far: plain ASCII, one byte per character. */
    private byte[] out;
    private int length;
    private boolean first = true;

    private BlockKitWriter(int blocks) {
        out = new byte[512 + 256 * blocks];
    }

    private String text() {
        return new String(out, 0, length, StandardCharsets.ISO_8859_1);
    }

    /** A slash command's response: {@code {"response_type": …, "text": …, "blocks": […]}}. */
    public static String commandResponse(String responseType, SlackMessage message) {
        BlockKitWriter json = new BlockKitWriter(message.blocks().size());
        json.open('{');
        json.field("response_type", responseType);
        json.message(message);
        return json.close('}').text();
    }

    /** {@code {"text": …, "blocks": […]}}, indented by two spaces when {@code pretty}. */
    public static String message(SlackMessage message, boolean pretty) {
        BlockKitWriter json = new BlockKitWriter(message.blocks().size());
        json.open('{');
        json.message(message);
        String compact = json.close('}').text();
        return pretty ? PRETTY.toJson(JsonParser.parseString(compact)) : compact;
    }

    private void message(SlackMessage message) {
        field("text", message.text());
        name("blocks");
        open('[');
        for (Object block : message.blocks()) {
            comma();
            block(block);
        }
        close(']');
    }

    private void block(Object block) {
        if (block instanceof HeaderBlock header) {
            open('{');
            field("type", header.getType());
            field("block_id", header.getBlockId());
            if (header.getText() != null) {
                name("text");
                text(header.getText());
            }
            close('}');
        } else if (block instanceof SectionBlock section) {
            open('{');
            field("type", section.getType());
            if (section.getText() != null) {
                name("text");
                element(section.getText());
            }
            field("block_id", section.getBlockId());
            elements("fields", section.getFields());
            if (section.getAccessory() != null) {
                name("accessory");
                element(section.getAccessory());
            }
            field("expand", section.getExpand());
            close('}');
        } else if (block instanceof ContextBlock context) {
            open('{');
            field("type", context.getType());
            elements("elements", context.getElements());
            field("block_id", context.getBlockId());
            close('}');
        } else if (block instanceof DividerBlock divider) {
            open('{');
            field("type", divider.getType());
            field("block_id", divider.getBlockId());
            close('}');
        } else {
            element(block);
        }
    }

    private void elements(String name, List<?> elements) {
        if (elements == null) {
            return;
        }
        name(name);
        open('[');
        for (Object element : elements) {
            comma();
            element(element);
        }
        close(']');
    }

    private void element(Object element) {
        if (element == null) {
            ascii("null");
        } else if (element instanceof MarkdownTextObject markdown) {
            open('{');
            field("type", markdown.getType());
            field("text", markdown.getText());
            field("verbatim", markdown.getVerbatim());
            close('}');
        } else if (element instanceof PlainTextObject plain) {
            text(plain);
        } else if (element instanceof ButtonElement button) {
            open('{');
            field("type", button.getType());
            if (button.getText() != null) {
                name("text");
                text(button.getText());
            }
            field("action_id", button.getActionId());
            field("url", button.getUrl());
            field("value", button.getValue());
            field("style", button.getStyle());
            if (button.getConfirm() != null) {
                name("confirm");
                json(SDK_GSON.toJson(button.getConfirm()));
            }
            field("accessibility_label", button.getAccessibilityLabel());
            close('}');
        } else {
            json(SDK_GSON.toJson(element));
        }
    }

    private void text(PlainTextObject plain) {
        open('{');
        field("type", plain.getType());
        field("text", plain.getText());
        field("emoji", plain.getEmoji());
        close('}');
    }

    /** A string member; none when the value is null, as the SDK's Gson leaves nulls out. */
    private void field(String name, String value) {
        if (value != null) {
            name(name);
            string(value);
        }
    }

    private void field(String name, Boolean value) {
        if (value != null) {
            name(name);
            ascii(value ? "true" : "false");
        }
    }

    private void name(String name) {
        comma();
        put('"');
        ascii(name);
        put('"');
        put(':');
    }

    private void comma() {
        if (!first) {
            put(',');
        }
        first = false;
    }

    private void open(char bracket) {
        put(bracket);
        first = true;
    }

    private BlockKitWriter close(char bracket) {
        put(bracket);
        first = false;
        return this;
    }

    /**
     * A JSON string in plain ASCII: quotes, backslashes and control characters escaped, and every character beyond
     * ASCII written as a JSON unicode escape (as Python's {@code json.dumps} does by default). Slack reads the same
     * text; the JSON stays one byte per character in memory and needs no encoding on its way out.
     */
    private void string(String value) {
        room(2 + value.length()); // one byte a character, more room taken at each escape
        byte[] bytes = out;
        int at = length;
        bytes[at++] = '"';
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                bytes[at++] = (byte) c;
                continue;
            }
            length = at;
            room(6 + value.length() - i);
            bytes = out;
            bytes[at++] = '\\';
            switch (c) {
                case '"' -> bytes[at++] = '"';
                case '\\' -> bytes[at++] = '\\';
                case '\n' -> bytes[at++] = 'n';
                case '\r' -> bytes[at++] = 'r';
                case '\t' -> bytes[at++] = 't';
                default -> at = unicodeEscape(bytes, at, c);
            }
        }
        bytes[at++] = '"';
        length = at;
    }

    /** JSON that Gson wrote: as it is, but with characters beyond ASCII (only inside its strings) escaped. */
    private void json(String gsonJson) {
        room(6 * gsonJson.length());
        for (int i = 0; i < gsonJson.length(); i++) {
            char c = gsonJson.charAt(i);
            if (c < 0x80) {
                out[length++] = (byte) c;
            } else {
                out[length++] = '\\';
                length = unicodeEscape(out, length, c);
            }
        }
    }

    /** Writes {@code uXXXX} (the backslash is already there) and returns the next position. */
    private static int unicodeEscape(byte[] bytes, int at, char c) {
        bytes[at] = 'u';
        bytes[at + 1] = HEX[c >> 12];
        bytes[at + 2] = HEX[(c >> 8) & 0xF];
        bytes[at + 3] = HEX[(c >> 4) & 0xF];
        bytes[at + 4] = HEX[c & 0xF];
        return at + 5;
    }

    /** Text known to be plain ASCII, such as names. */
    private void ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            out[length++] = (byte) text.charAt(i);
        }
    }

    private void put(char c) {
        room(1);
        out[length++] = (byte) c;
    }

    private void room(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }
}
