package dev.emcee.slack.render;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import dev.emcee.core.answer.SessionCard;
import java.util.List;
import java.util.Optional;

/**
 * The bookmark button of a session card. The {@code value} is {@code add:SESSION_ID} or {@code remove:SESSION_ID};
 * the action id says where the button is: on a card others may see too ({@value #ON_CARD}: the reply is a new
 * private message), or on the clicker's own private confirmation ({@value #ON_CONFIRMATION}: that card is updated in
 * place).
 */
public final class BookmarkButtons {
    /** The action id of the button on answers' and announcements' session cards. */
    public static final String ON_CARD = "emcee_bookmark";
    /** The action id of the button on a private "Added to your agenda" card. */
    public static final String ON_CONFIRMATION = "emcee_bookmark_toggle";
    private static final String ADD = "add:";
    private static final String REMOVE = "remove:";

    private BookmarkButtons() {
    }

    /** A click, read back from a button's value. */
    public record Click(String sessionId, boolean add) {
    }

    /** The click a button value stands for, or empty for a value Emcee did not make. */
    public static Optional<Click> parse(String value) {
        if (value != null && value.startsWith(ADD) && value.length() > ADD.length()) {
            return Optional.of(new Click(value.substring(ADD.length()), true));
        }
        if (value != null && value.startsWith(REMOVE) && value.length() > REMOVE.length()) {
            return Optional.of(new Click(value.substring(REMOVE.length()), false));
        }
        return Optional.empty();
    }

    /** "☆ Add to my agenda" on a shared card. */
    static ButtonElement add(SessionCard card) {
        return button(ON_CARD, "☆ Add to my agenda", ADD + card.id(), false);
    }

    /** "Remove from my agenda" on a card of the person's own agenda. */
    static ButtonElement remove(SessionCard card) {
        return button(ON_CARD, "Remove from my agenda", REMOVE + card.id(), false);
    }

    /** The toggle on a private confirmation: remove when the session is bookmarked, add back when not. */
    static ButtonElement toggle(SessionCard card, boolean bookmarked) {
        return bookmarked ? button(ON_CONFIRMATION, "Remove from my agenda", REMOVE + card.id(), false)
                : button(ON_CONFIRMATION, "☆ Add to my agenda", ADD + card.id(), true);
    }

    /** The blocks with the button as the accessory of their first section (which must have none). */
    static List<LayoutBlock> on(List<LayoutBlock> blocks, ButtonElement button) {
        for (LayoutBlock block : blocks) {
            if (block instanceof SectionBlock section && section.getAccessory() == null) {
                section.setAccessory(button);
                break;
            }
        }
        return blocks;
    }

    private static ButtonElement button(String actionId, String label, String value, boolean primary) {
        return ButtonElement.builder().actionId(actionId).text(plainText(label, true)).value(value)
                .style(primary ? "primary" : null).build();
    }
}
