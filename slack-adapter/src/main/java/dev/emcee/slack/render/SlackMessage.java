package dev.emcee.slack.render;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * A message ready for Slack: Block Kit blocks and the {@code text} Slack shows in notifications and where blocks
 * cannot be shown. Both are already escaped.
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
    /** Slack cuts longer fallback texts; notifications show far less anyway. */
    static final int MAX_TEXT = 3000;

    public SlackMessage {
        Objects.requireNonNull(text, "text");
        text = BlockBudget.fit(text, MAX_TEXT);
        blocks = List.copyOf(blocks);
    }
}
