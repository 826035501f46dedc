package dev.emcee.discord;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.BookmarkChange;
import dev.emcee.core.answer.OnNow;
import dev.emcee.core.answer.PersonProfile;
import dev.emcee.core.answer.PersonalAgenda;
import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.answer.SessionListing;
import dev.emcee.core.answer.UpNext;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.SessionsStarting;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;

/**
 * The bookmark buttons under an answer's embed: one per session shown ("☆ Sean Allen on Distributed State"), a
 * toggle under a private confirmation, "✕" buttons under the person's agenda. At most 25 (five rows of five).
 *
 * <p>A button's id is {@code emcee:bookmark:add:SESSION_ID} (or {@code remove}) on cards others may see too; the
 * reply is a new ephemeral message. Under a private confirmation it is {@code emcee:bookmark-toggle:…}, and that
 * message is updated in place. A session whose id would not fit Discord's 100 characters gets no button.
 */
final class BookmarkComponents {
    static final String ON_CARD = "emcee:bookmark:";
    static final String ON_CONFIRMATION = "emcee:bookmark-toggle:";
    private static final int MAX_BUTTONS = 25;

    /** A click read back from a button id. @param inPlace whether the clicked message should be updated */
    record Click(String sessionId, boolean add, boolean inPlace) {
    }

    private BookmarkComponents() {
    }

    /** The click a button id stands for, or empty for a button that is not Emcee's bookmark button. */
    static Optional<Click> parse(String componentId) {
        if (componentId == null) {
            return Optional.empty();
        }
        boolean inPlace = componentId.startsWith(ON_CONFIRMATION);
        String rest = inPlace ? componentId.substring(ON_CONFIRMATION.length())
                : componentId.startsWith(ON_CARD) ? componentId.substring(ON_CARD.length()) : null;
        if (rest != null && rest.startsWith("add:") && rest.length() > 4) {
            return Optional.of(new Click(rest.substring(4), true, inPlace));
        }
        if (rest != null && rest.startsWith("remove:") && rest.length() > 7) {
            return Optional.of(new Click(rest.substring(7), false, inPlace));
        }
        return Optional.empty();
    }

    /** The buttons under an answer. */
    static List<ActionRow> of(Answer answer) {
        if (answer instanceof BookmarkChange change) {
            boolean on = change.kind().bookmarked();
            return rows(button(ON_CONFIRMATION, change.session(), !on, on ? "Remove from my agenda"
                    : "☆ Add to my agenda").stream().toList());
        }
        if (answer instanceof PersonalAgenda agenda) {
            return rows(agenda.entries().stream().map(PersonalAgenda.Entry::session)
                    .flatMap(card -> button(ON_CARD, card, false, "✕ " + card.label()).stream()).toList());
        }
        return adds(sessionsOf(answer));
    }

    /** The buttons under a notice: announcements of sessions about to start get "☆" buttons. */
    static List<ActionRow> of(Notice notice) {
        return notice instanceof SessionsStarting starting ? adds(starting.sessions()) : List.of();
    }

    private static List<SessionCard> sessionsOf(Answer answer) {
        List<SessionCard> cards = new ArrayList<>();
        if (answer instanceof UpNext a) {
            cards.addAll(a.next());
            cards.addAll(a.onNow());
        } else if (answer instanceof OnNow a) {
            cards.addAll(a.running());
            cards.addAll(a.comingUp());
        } else if (answer instanceof SessionListing a) {
            cards.addAll(a.sessions());
        } else if (answer instanceof PersonProfile a) {
            cards.addAll(a.sessions());
        }
        return cards;
    }

    private static List<ActionRow> adds(List<SessionCard> cards) {
        Set<String> seen = new LinkedHashSet<>();
        return rows(cards.stream().filter(c -> seen.add(c.id()))
                .flatMap(card -> button(ON_CARD, card, true, "☆ " + card.label()).stream()).toList());
    }

    private static Optional<Button> button(String prefix, SessionCard card, boolean add, String label) {
        String id = prefix + (add ? "add:" : "remove:") + card.id();
        if (id.length() > Button.ID_MAX_LENGTH) {
            return Optional.empty();
        }
        String text = DiscordMarkdown.truncate(label.replaceAll("\\s+", " ").strip(), Button.LABEL_MAX_LENGTH);
        return Optional.of(Button.secondary(id, text));
    }

    private static List<ActionRow> rows(List<Button> buttons) {
        List<Button> shown = buttons.subList(0, Math.min(buttons.size(), MAX_BUTTONS));
        return shown.isEmpty() ? List.of() : ActionRow.partitionOf(shown);
    }
}
