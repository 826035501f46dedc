package dev.emcee.slack.render;

import dev.emcee.core.answer.AgendaForgotten;
import dev.emcee.core.answer.AgendaUnavailable;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.AnswerVisitor;
import dev.emcee.core.answer.BookmarkChange;
import dev.emcee.core.answer.Clarification;
import dev.emcee.core.answer.ConferenceOverview;
import dev.emcee.core.answer.FaqAnswer;
import dev.emcee.core.answer.HelpAnswer;
import dev.emcee.core.answer.LinkedText;
import dev.emcee.core.answer.NameListing;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.OnNow;
import dev.emcee.core.answer.OrganizerReply;
import dev.emcee.core.answer.PeopleListing;
import dev.emcee.core.answer.PersonProfile;
import dev.emcee.core.answer.PersonRef;
import dev.emcee.core.answer.PersonalAgenda;
import dev.emcee.core.answer.ReminderLeadSet;
import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.answer.SessionListing;
import dev.emcee.core.answer.ShortReply;
import dev.emcee.core.answer.SlowDown;
import dev.emcee.core.answer.TimeTexts;
import dev.emcee.core.answer.UpNext;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.BlockCompositions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders every kind of {@link Answer} as Block Kit: a header, sections with fields, context lines, and sessions'
 * times as {@code <!date>} tokens so that each reader sees their own zone. All schedule and user text is escaped.
 * With bookmark buttons on, every session card carries "☆ Add to my agenda" ({@link BookmarkButtons}).
 */
public final class SlackAnswerRenderer implements AnswerVisitor<SlackMessage> {
    private final String command;
    private final boolean bookmarkButtons;
    private final SessionBlocks sessions = new SessionBlocks();

    /** @param command the slash command shown in examples, such as {@code /emcee} */
    public SlackAnswerRenderer(String command) {
        this(command, false);
    }

    /**
     * @param command the slash command shown in examples, such as {@code /emcee}
     * @param bookmarkButtons whether session cards carry a bookmark button (personal agendas are on)
     */
    public SlackAnswerRenderer(String command, boolean bookmarkButtons) {
        this.command = Objects.requireNonNull(command, "command");
        this.bookmarkButtons = bookmarkButtons;
    }

    /** Renders any answer. */
    public SlackMessage render(Answer answer) {
        return answer.accept(this);
    }

    @Override
    public SlackMessage upNext(UpNext answer) {
        BlockBudget blocks = new BlockBudget().header("Up next " + answer.scope());
        if (answer.next().isEmpty()) {
            blocks.section(Mrkdwn.escape(answer.nothingMoreText()));
        }
        blocks.items(answer.next(), bookmarkable(card -> sessions.detailed(card, answer.asOf())));
        if (!answer.onNow().isEmpty()) {
            blocks.context("*On now:* " + answer.onNow().stream().map(sessions::untilLine)
                    .collect(Collectors.joining("; ")));
        }
        return answer.next().isEmpty() ? message(answer.nothingMoreText(), blocks)
                : listMessage("Up next " + answer.scope() + ": ", answer.next(), blocks);
    }

    @Override
    public SlackMessage onNow(OnNow answer) {
        BlockBudget blocks = new BlockBudget().header("On now " + answer.scope());
        if (answer.running().isEmpty()) {
            blocks.section(Mrkdwn.escape(answer.nothingOnText()));
        }
        blocks.items(answer.running(), bookmarkable(card -> sessions.detailed(card, answer.asOf())));
        if (!answer.comingUp().isEmpty()) {
            blocks.context("*Coming up*");
            blocks.items(answer.comingUp(), bookmarkable(sessions::compact));
        }
        return answer.running().isEmpty() ? message(answer.nothingOnText(), blocks)
                : listMessage("On now " + answer.scope() + ": ", answer.running(), blocks);
    }

    @Override
    public SlackMessage sessionListing(SessionListing answer) {
        BlockBudget blocks = new BlockBudget().header(answer.heading());
        answer.note().ifPresent(note -> blocks.context(Mrkdwn.escape(note)));
        if (answer.sessions().isEmpty()) {
            blocks.section(Mrkdwn.escape(answer.whenEmpty()));
            return message(answer.whenEmpty(), blocks);
        }
        blocks.items(answer.sessions(), bookmarkable(sessions::compact));
        return listMessage(answer.heading() + ": ", answer.sessions(), blocks);
    }

    @Override
    public SlackMessage personProfile(PersonProfile answer) {
        PersonRef person = answer.person();
        BlockBudget blocks = new BlockBudget().header(person.name());
        StringBuilder about = new StringBuilder();
        person.affiliation().ifPresent(a -> about.append(Mrkdwn.escape(a)));
        if (!person.roles().isEmpty()) {
            about.append(about.length() == 0 ? "" : " · ").append(Mrkdwn.escape(String.join(", ", person.roles())));
        }
        if (about.length() > 0) {
            blocks.context(about.toString());
        }
        answer.bio().filter(b -> !b.isBlank()).ifPresent(bio -> blocks.section(Mrkdwn.escape(bio)));
        if (answer.sessions().isEmpty()) {
            blocks.section(PersonProfile.NO_SESSIONS);
        } else {
            blocks.items(answer.sessions(), bookmarkable(card -> sessions.detailed(card, answer.asOf())));
        }
        return answer.sessions().isEmpty() ? message(person.nameWithAffiliation(), blocks)
                : listMessage(person.nameWithAffiliation() + ": ", answer.sessions(), blocks);
    }

    @Override
    public SlackMessage peopleListing(PeopleListing answer) {
        BlockBudget blocks = new BlockBudget().header(answer.heading());
        if (answer.people().isEmpty()) {
            blocks.section(Mrkdwn.escape(answer.emptyText()));
            return message(answer.emptyText(), blocks);
        }
        blocks.lines(answer.people().stream().map(p -> "• " + Mrkdwn.bold(p.name())
                + p.affiliation().map(a -> " (" + Mrkdwn.escape(a) + ")").orElse("")
                + (p.roles().isEmpty() ? "" : " · " + Mrkdwn.escape(String.join(", ", p.roles())))).toList());
        return message(answer.heading() + ": " + answer.people().stream().map(PersonRef::name)
                .collect(Collectors.joining(", ")), blocks);
    }

    @Override
    public SlackMessage nameListing(NameListing answer) {
        BlockBudget blocks = new BlockBudget().header(answer.heading());
        if (answer.entries().isEmpty()) {
            blocks.section(Mrkdwn.escape(answer.whenEmpty()));
            return message(answer.whenEmpty(), blocks);
        }
        blocks.lines(answer.entries().stream().map(e -> "• " + Mrkdwn.bold(e.name())
                + (e.detail().isBlank() ? "" : " · " + Mrkdwn.escape(e.detail()))).toList());
        return message(answer.heading() + ": " + answer.entries().stream().map(NameListing.Entry::name)
                .collect(Collectors.joining(", ")), blocks);
    }

    @Override
    public SlackMessage conferenceOverview(ConferenceOverview answer) {
        BlockBudget blocks = new BlockBudget().header(answer.name());
        answer.tagline().ifPresent(t -> blocks.section(Mrkdwn.escape(t)));
        String when = answer.dates().stream().map(d -> Mrkdwn.escape(d.label()) + ": " + TimeTexts.day(d.from())
                + (d.to().equals(d.from()) ? "" : " – " + TimeTexts.day(d.to()))).collect(Collectors.joining("\n"));
        blocks.section("*Programme*", List.of(
                when.isEmpty() ? "" : "*When*\n" + when,
                answer.venue().map(v -> "*Where*\n" + Mrkdwn.escape(v)).orElse(""),
                "*Time zone*\n" + Mrkdwn.escape(answer.zone().getId()),
                "*Sessions*\n" + answer.programmeSize()));
        if (!answer.tracks().isEmpty()) {
            blocks.context("*Tracks:* " + Mrkdwn.escape(String.join(", ", answer.tracks())));
        }
        answer.url().ifPresent(u -> blocks.context(Mrkdwn.link(u, Mrkdwn.escape(u))));
        return message(answer.name() + answer.venue().map(v -> ", " + v).orElse(""), blocks);
    }

    @Override
    public SlackMessage shortReply(ShortReply answer) {
        return message(answer.text(), new BlockBudget().section(Mrkdwn.escape(answer.text())));
    }

    @Override
    public SlackMessage help(HelpAnswer answer) {
        BlockBudget blocks = new BlockBudget().section(Mrkdwn.escape(answer.intro()));
        if (!answer.examples().isEmpty()) {
            blocks.context(HelpAnswer.EXAMPLES_HEADING + ":");
            blocks.lines(answer.examples().stream().map(e -> "• " + Mrkdwn.escape(command + " " + e)).toList());
        }
        blocks.context("Add *public* before a question to answer in the channel, e.g. "
                + Mrkdwn.escape(command) + " public what's next");
        return message(answer.intro(), blocks);
    }

    @Override
    public SlackMessage clarification(Clarification answer) {
        BlockBudget blocks = new BlockBudget().section(Mrkdwn.escape(answer.prompt()));
        blocks.lines(answer.candidates().stream().map(c -> "• " + Mrkdwn.escape(c)).toList());
        return message(answer.prompt() + " " + String.join(", ", answer.candidates()), blocks);
    }

    @Override
    public SlackMessage noMatch(NoMatch answer) {
        BlockBudget blocks = new BlockBudget().section(Mrkdwn.escape(answer.message()));
        if (!answer.suggestions().isEmpty()) {
            // The message leads into its suggestions ("Did you mean:"), as it does on every platform.
            blocks.lines(answer.suggestions().stream().map(s -> "• " + Mrkdwn.escape(s)).toList());
        }
        return message(answer.message(), blocks);
    }

    @Override
    public SlackMessage slowDown(SlowDown answer) {
        return message(answer.text(), new BlockBudget().section(Mrkdwn.escape(answer.text())));
    }

    @Override
    public SlackMessage bookmarkChange(BookmarkChange answer) {
        BlockBudget blocks = new BlockBudget().header(answer.headline());
        List<LayoutBlock> card = new ArrayList<>(sessions.detailed(answer.session(), answer.asOf()));
        if (bookmarkButtons) {
            BookmarkButtons.on(card, BookmarkButtons.toggle(answer.session(), answer.kind().bookmarked()));
        }
        blocks.items(List.of(card), c -> c);
        if (!answer.reminderText().isEmpty()) {
            blocks.context(Mrkdwn.escape(answer.reminderText()));
        }
        return listMessage(answer.headline() + ": ", List.of(answer.session()), blocks);
    }

    @Override
    public SlackMessage personalAgenda(PersonalAgenda answer) {
        if (answer.entries().isEmpty()) {
            return message(PersonalAgenda.EMPTY, new BlockBudget().section(Mrkdwn.escape(PersonalAgenda.EMPTY)));
        }
        BlockBudget blocks = new BlockBudget().header(answer.heading());
        blocks.items(answer.entries(), entry -> {
            List<LayoutBlock> card = new ArrayList<>(sessions.compact(entry.session()));
            if (bookmarkButtons) {
                BookmarkButtons.on(card, BookmarkButtons.remove(entry.session()));
            }
            if (!entry.conflicts().isEmpty()) {
                card.add(ContextBlock.builder().elements(List.of(BlockCompositions.markdownText(BlockBudget.fit(
                                ":warning: " + Mrkdwn.escape(entry.overlapText()),
                                BlockBudget.MAX_SECTION_TEXT)))).build());
            }
            return card;
        });
        return listMessage(answer.heading() + ": ", answer.entries().stream().map(PersonalAgenda.Entry::session)
                .toList(), blocks);
    }

    @Override
    public SlackMessage reminderLeadSet(ReminderLeadSet answer) {
        return message(answer.text(), new BlockBudget().section(Mrkdwn.escape(answer.text())));
    }

    @Override
    public SlackMessage agendaForgotten(AgendaForgotten answer) {
        return message(answer.text(), new BlockBudget().section(Mrkdwn.escape(answer.text())));
    }

    @Override
    public SlackMessage agendaUnavailable(AgendaUnavailable answer) {
        return message(AgendaUnavailable.TEXT, new BlockBudget().section(Mrkdwn.escape(AgendaUnavailable.TEXT)));
    }

    @Override
    public SlackMessage faq(FaqAnswer answer) {
        String text = answer.answer().parts().stream().map(part -> part instanceof LinkedText.Link link
                ? Mrkdwn.link(link.url(), Mrkdwn.escape(link.label()))
                : Mrkdwn.escape(((LinkedText.Plain) part).text())).collect(Collectors.joining());
        BlockBudget blocks = new BlockBudget().header(answer.topic()).section(text);
        return message(answer.answer().plainText(), blocks);
    }

    @Override
    public SlackMessage organizerReply(OrganizerReply answer) {
        BlockBudget blocks = new BlockBudget().section("*" + Mrkdwn.escape(answer.headline()) + "*");
        if (!answer.lines().isEmpty()) {
            blocks.lines(answer.lines().stream().map(Mrkdwn::escape).toList());
        }
        List<LayoutBlock> built = new ArrayList<>(blocks.build());
        answer.confirmation().ifPresent(token -> built.add(ConfirmButtons.block(token)));
        return new SlackMessage(Mrkdwn.escape(answer.headline()), built);
    }

    /** The card's blocks with "☆ Add to my agenda" when bookmark buttons are on. */
    private Function<SessionCard, List<LayoutBlock>> bookmarkable(Function<SessionCard, List<LayoutBlock>> render) {
        if (!bookmarkButtons) {
            return render;
        }
        return card -> BookmarkButtons.on(new ArrayList<>(render.apply(card)), BookmarkButtons.add(card));
    }

    private static SlackMessage message(String plainText, BlockBudget blocks) {
        return new SlackMessage(Mrkdwn.escape(plainText), blocks.build());
    }

    /** A message whose notification text is the lead followed by the sessions, one short line each. */
    private SlackMessage listMessage(String lead, List<SessionCard> cards, BlockBudget blocks) {
        StringBuilder text = new StringBuilder(Mrkdwn.escape(lead));
        for (int i = 0; i < cards.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(sessions.plainMrkdwn(cards.get(i)));
        }
        return new SlackMessage(text.toString(), blocks.build());
    }
}
