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
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;
    private boolean first = true;

    private BlockKitWriter(int blocks) {
        out = new StringBuilder(512 + 256 * blocks);
    }

    /** A slash command's response: {@code {"response_type": …, "text": …, "blocks": […]}}. */
    public static String commandResponse(String responseType, SlackMessage message) {
        BlockKitWriter json = new BlockKitWriter(message.blocks().size());
        json.open('{');
        json.field("response_type", responseType);
        json.message(message);
        return json.close('}').out.toString();
    }

    /** {@code {"text": …, "blocks": […]}}, indented by two spaces when {@code pretty}. */
    public static String message(SlackMessage message, boolean pretty) {
        BlockKitWriter json = new BlockKitWriter(message.blocks().size());
        json.open('{');
        json.message(message);
        String compact = json.close('}').out.toString();
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
            out.append("null");
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
                out.append(SDK_GSON.toJson(button.getConfirm()));
            }
            field("accessibility_label", button.getAccessibilityLabel());
            close('}');
        } else {
            out.append(SDK_GSON.toJson(element));
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
            out.append(value.booleanValue());
        }
    }

    private void name(String name) {
        comma();
        out.append('"').append(name).append("\":"); // names are plain ASCII
    }

    private void comma() {
        if (!first) {
            out.append(',');
        }
        first = false;
    }

    private void open(char bracket) {
        out.append(bracket);
        first = true;
    }

    private BlockKitWriter close(char bracket) {
        out.append(bracket);
        first = false;
        return this;
    }

    /**
     * A JSON string in plain ASCII: quotes, backslashes and control characters escaped, and every character beyond
     * ASCII written as a JSON unicode escape (as Python's {@code json.dumps} does by default). Slack reads the same
     * text; the JSON stays one byte per character in memory and needs no encoding on its way out.
     */
    private void string(String value) {
        out.append('"');
        int copied = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                continue;
            }
            out.append(value, copied, i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            }
            copied = i + 1;
        }
        out.append(value, copied, value.length()).append('"');
    }
}
