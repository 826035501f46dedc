package dev.emcee.discord;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.OrganizerReply;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;

/**
 * The Confirm button under an organizer's preview: its id is {@code emcee:confirm:TOKEN}, and a click is answered as
 * the clicker's own "confirm TOKEN" (organizers only), so whichever instance receives it carries the change out. A
 * token that would not fit Discord's 100 characters gets no button; typing "confirm" still works.
 */
final class ConfirmComponents {
    static final String PREFIX = "emcee:confirm:";
    private static final int MAX_ID = 100;

    private ConfirmComponents() {
    }

    /** The command a button id stands for ("confirm TOKEN"), or empty for a button that is not a Confirm button. */
    static Optional<String> command(String componentId) {
        return componentId != null && componentId.startsWith(PREFIX) && componentId.length() > PREFIX.length()
                ? Optional.of("confirm " + componentId.substring(PREFIX.length())) : Optional.empty();
    }

    /** The Confirm button under a preview; nothing under any other answer. */
    static List<ActionRow> of(Answer answer) {
        if (!(answer instanceof OrganizerReply reply) || reply.confirmation().isEmpty()
                || PREFIX.length() + reply.confirmation().get().length() > MAX_ID) {
            return List.of();
        }
        return List.of(ActionRow.of(Button.primary(PREFIX + reply.confirmation().get(), "Confirm")));
    }
}
