package dev.emcee.slack.render;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects the blocks of one message within Slack's limits: at most 50 blocks, 3000 characters of section text,
 * 150 of header text, 10 fields of 2000 characters; what does not fit becomes "…and N more".
 */
final class BlockBudget {
    static final int MAX_BLOCKS = 50;
    static final int MAX_SECTION_TEXT = 3000;
    static final int MAX_HEADER_TEXT = 150;
    static final int MAX_FIELDS = 10;
    static final int MAX_FIELD_TEXT = 2000;

    private final List<LayoutBlock> blocks = new ArrayList<>();

    /** Adds a header of plain text (never parsed), shortened to 150 characters. */
    BlockBudget header(String plain) {
        add(HeaderBlock.builder().text(plainText(fit(plain, MAX_HEADER_TEXT), true)).build());
        return this;
    }

    /** Adds a section of mrkdwn, split into several sections at line ends when longer than 3000 characters. */
    BlockBudget section(String mrkdwn) {
        for (String part : splitAtLines(mrkdwn, MAX_SECTION_TEXT)) {
            add(SectionBlock.builder().text(markdownText(part)).build());
        }
        return this;
    }

    /** Adds a section with mrkdwn text and up to ten mrkdwn fields. */
    BlockBudget section(String mrkdwn, List<String> fields) {
        List<TextObject> objects = fields.stream().filter(f -> !f.isBlank()).limit(MAX_FIELDS)
                .map(f -> (TextObject) markdownText(fit(f, MAX_FIELD_TEXT))).toList();
        add(SectionBlock.builder().text(markdownText(fit(mrkdwn, MAX_SECTION_TEXT)))
                .fields(objects.isEmpty() ? null : objects).build());
        return this;
    }

    /** Adds a context line of small mrkdwn text. */
    BlockBudget context(String mrkdwn) {
        add(ContextBlock.builder().elements(List.of(markdownText(fit(mrkdwn, MAX_SECTION_TEXT)))).build());
        return this;
    }

    /** Adds a divider line. */
    BlockBudget divider() {
        add(DividerBlock.builder().build());
        return this;
    }

    /**
     * Adds one entry's blocks per item while they fit, keeping one block for "…and N more" when some do not.
     *
     * @param render the blocks of one item (all of them fit or none is added)
     */
    <T> BlockBudget items(List<T> items, Function<T, List<LayoutBlock>> render) {
        for (int i = 0; i < items.size(); i++) {
            List<LayoutBlock> entry = render.apply(items.get(i));
            int reserve = i == items.size() - 1 ? 0 : 1;
            if (blocks.size() + entry.size() + reserve > MAX_BLOCKS) {
                return andMore(items.size() - i);
            }
            blocks.addAll(entry);
        }
        return this;
    }

    /** Adds mrkdwn lines packed into as few sections as fit, with "…and N more" when the blocks run out. */
    BlockBudget lines(List<String> lines) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        int length = 0;
        for (String raw : lines) {
            String line = fit(raw, MAX_SECTION_TEXT);
            if (!chunk.isEmpty() && length + 1 + line.length() > MAX_SECTION_TEXT) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                length = 0;
            }
            length += (chunk.isEmpty() ? 0 : 1) + line.length();
            chunk.add(line);
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        int shown = 0;
        for (int i = 0; i < chunks.size(); i++) {
            int reserve = i == chunks.size() - 1 ? 0 : 1;
            if (blocks.size() + 1 + reserve > MAX_BLOCKS) {
                return andMore(lines.size() - shown);
            }
            blocks.add(SectionBlock.builder().text(markdownText(String.join("\n", chunks.get(i)))).build());
            shown += chunks.get(i).size();
        }
        return this;
    }

    /** The blocks collected so far. */
    List<LayoutBlock> build() {
        return List.copyOf(blocks);
    }

    private BlockBudget andMore(int count) {
        if (blocks.size() >= MAX_BLOCKS) {
            blocks.remove(blocks.size() - 1);
            count++;
        }
        blocks.add(ContextBlock.builder().elements(List.of(markdownText("…and " + count + " more"))).build());
        return this;
    }

    private void add(LayoutBlock block) {
        if (blocks.size() < MAX_BLOCKS) {
            blocks.add(block);
        }
    }

    /**
     * The text shortened to {@code max} characters with an ellipsis, never cutting through an escape such as
     * {@code &amp;} or a token such as {@code <!date^…>}.
     */
    static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        int open = text.lastIndexOf('<', cut - 1);
        if (open >= 0 && text.lastIndexOf('>', cut - 1) < open) {
            cut = open;
        }
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= 0 && text.indexOf(';', amp) >= cut) {
            cut = amp;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    static List<String> splitAtLines(String text, int max) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String fitted = fit(line, max);
            if (current.length() > 0 && current.length() + 1 + fitted.length() > max) {
                parts.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() == 0 ? "" : "\n").append(fitted);
        }
        parts.add(current.toString());
        return parts;
    }
}
