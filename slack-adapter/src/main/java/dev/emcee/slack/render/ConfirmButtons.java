package dev.emcee.slack.render;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;
import java.util.Optional;

/**
 * The Confirm button of an organizer's preview. Its {@code value} is the change's token; a click is answered as the
 * clicker's own "confirm TOKEN", so whichever instance receives it carries the change out (and checks again that the
 * clicker is an organizer).
 */
public final class ConfirmButtons {
    /** The action id of the Confirm button. */
    public static final String ACTION_ID = "emcee_confirm_change";
    /** Slack's limit on a button's value. */
    private static final int MAX_VALUE = 2000;

    private ConfirmButtons() {
    }

    /** The command a click stands for ("confirm TOKEN"), or empty for a value Emcee did not make. */
    public static Optional<String> command(String value) {
        return value == null || value.isBlank() || value.length() > MAX_VALUE ? Optional.empty()
                : Optional.of("confirm " + value);
    }

    /** An actions block with the Confirm button carrying {@code token}. */
    static LayoutBlock block(String token) {
        ButtonElement button = ButtonElement.builder().actionId(ACTION_ID).text(plainText("Confirm", true))
                .value(token).style("primary").build();
        return ActionsBlock.builder().elements(List.of(button)).build();
    }
}
