package dev.emcee.discord;

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
import dev.emcee.core.schedule.ConferenceDates;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Renders every kind of {@link Answer} as one Discord embed: a title, sessions as fields with times in each reader's
 * own zone, a colour by track or level, and the venue's time in the footer.
 *
 * <p>All text from the schedule or the person asking is escaped, and every embed stays within Discord's limits.
 */
public final class DiscordAnswerRenderer implements AnswerVisitor<MessageEmbed> {
    private static final int FEW_SESSIONS = 3;
    private static final int BIO_MAX = 1500;
    private static final String NARROW_HINT = "Ask about one room, track, day or speaker to see fewer at a time.";

    private final String prefix;

    /** A renderer whose help text shows {@code prefix} as the way to ask in a channel. */
    public DiscordAnswerRenderer(String prefix) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    /** The embed for an answer. */
    public MessageEmbed render(Answer answer) {
        return answer.accept(this);
    }

    @Override
    public MessageEmbed upNext(UpNext answer) {
        EmbedBuilder embed = titled("Up next " + answer.scope());
        List<MessageEmbed.Field> fields = new ArrayList<>();
        boolean few = answer.next().size() + answer.onNow().size() <= FEW_SESSIONS;
        answer.next().forEach(card -> fields.add(SessionFields.field(card, answer.asOf(), few)));
        answer.onNow().forEach(card -> fields.add(SessionFields.field("On now · ", card, answer.asOf(), few)));
        if (answer.next().isEmpty()) {
            embed.setDescription(DiscordMarkdown.inline(answer.nothingMoreText()));
        }
        embed.setColor(EmbedColours.forSessions(answer.next().isEmpty() ? answer.onNow() : answer.next()));
        footer(embed, answer.next().isEmpty() ? answer.onNow() : answer.next(), answer.asOf(), answer.onNow());
        EmbedLimits.addFields(embed, fields, "sessions", NARROW_HINT);
        return embed.build();
    }

    @Override
    public MessageEmbed onNow(OnNow answer) {
        EmbedBuilder embed = titled("On now " + answer.scope());
        List<MessageEmbed.Field> fields = new ArrayList<>();
        boolean few = answer.running().size() + answer.comingUp().size() <= FEW_SESSIONS;
        answer.running().forEach(card -> fields.add(SessionFields.field(card, answer.asOf(), few)));
        if (answer.running().isEmpty()) {
            embed.setDescription(DiscordMarkdown.inline(answer.nothingOnText()));
        }
        answer.comingUp().forEach(card -> fields.add(SessionFields.field("Coming up · ", card, answer.asOf(), few)));
        embed.setColor(EmbedColours.forSessions(answer.running().isEmpty() ? answer.comingUp() : answer.running()));
        anyZone(answer.running(), answer.comingUp())
                .ifPresent(zone -> embed.setFooter(SessionFields.venueNow(answer.asOf(), zone)));
        EmbedLimits.addFields(embed, fields, "sessions", NARROW_HINT);
        return embed.build();
    }

    @Override
    public MessageEmbed sessionListing(SessionListing answer) {
        EmbedBuilder embed = titled(answer.heading());
        if (answer.sessions().isEmpty()) {
            embed.setDescription(DiscordMarkdown.truncate(DiscordMarkdown.escape(answer.whenEmpty()),
                    MessageEmbed.DESCRIPTION_MAX_LENGTH));
        } else {
            answer.note().ifPresent(note -> embed.setDescription(
                    DiscordMarkdown.truncate(DiscordMarkdown.escape(note), MessageEmbed.DESCRIPTION_MAX_LENGTH)));
        }
        boolean few = answer.sessions().size() <= FEW_SESSIONS;
        List<MessageEmbed.Field> fields = answer.sessions().stream()
                .map(card -> SessionFields.field(card, answer.asOf(), few)).toList();
        embed.setColor(EmbedColours.forSessions(answer.sessions()));
        footer(embed, answer.sessions(), answer.asOf(), List.of());
        EmbedLimits.addFields(embed, fields, "sessions", NARROW_HINT);
        return embed.build();
    }

    @Override
    public MessageEmbed personProfile(PersonProfile answer) {
        PersonRef person = answer.person();
        EmbedBuilder embed = titled(person.nameWithAffiliation());
        List<String> parts = new ArrayList<>();
        if (!person.roles().isEmpty()) {
            parts.add("*" + DiscordMarkdown.inline(String.join(", ", person.roles())) + "*");
        }
        answer.bio().ifPresent(bio -> parts.add(DiscordMarkdown.truncate(DiscordMarkdown.escape(bio), BIO_MAX)));
        if (answer.sessions().isEmpty()) {
            parts.add(PersonProfile.NO_SESSIONS);
        }
        embed.setDescription(String.join("\n\n", parts));
        boolean few = answer.sessions().size() <= FEW_SESSIONS;
        List<MessageEmbed.Field> fields = answer.sessions().stream()
                .map(card -> SessionFields.field(card, answer.asOf(), few)).toList();
        embed.setColor(EmbedColours.forSessions(answer.sessions()));
        footer(embed, answer.sessions(), answer.asOf(), List.of());
        EmbedLimits.addFields(embed, fields, "sessions", NARROW_HINT);
        return embed.build();
    }

    @Override
    public MessageEmbed peopleListing(PeopleListing answer) {
        EmbedBuilder embed = titled(answer.heading()).setColor(EmbedColours.EMCEE);
        if (answer.people().isEmpty()) {
            return embed.setDescription(DiscordMarkdown.escape(answer.emptyText())).build();
        }
        List<String> lines = answer.people().stream().map(DiscordAnswerRenderer::personLine).toList();
        EmbedLimits.describeLines(embed, "", lines, "people", MessageEmbed.DESCRIPTION_MAX_LENGTH);
        return embed.build();
    }

    @Override
    public MessageEmbed nameListing(NameListing answer) {
        EmbedBuilder embed = titled(answer.heading()).setColor(EmbedColours.EMCEE);
        List<String> lines = answer.entries().stream()
                .map(e -> "• **" + DiscordMarkdown.inline(e.name()) + "**"
                        + (e.detail().isBlank() ? "" : " — " + DiscordMarkdown.inline(e.detail())))
                .toList();
        if (lines.isEmpty()) {
            return embed.setDescription(DiscordMarkdown.truncate(DiscordMarkdown.escape(answer.whenEmpty()),
                    MessageEmbed.DESCRIPTION_MAX_LENGTH)).build();
        }
        EmbedLimits.describeLines(embed, "", lines, "entries", MessageEmbed.DESCRIPTION_MAX_LENGTH);
        return embed.build();
    }

    @Override
    public MessageEmbed conferenceOverview(ConferenceOverview answer) {
        EmbedBuilder embed = titled(answer.name()).setColor(EmbedColours.EMCEE);
        answer.url().filter(DiscordMarkdown::isSafeLink).ifPresent(embed::setUrl);
        answer.tagline().ifPresent(t -> embed.setDescription(
                DiscordMarkdown.truncate(DiscordMarkdown.escape(t), MessageEmbed.DESCRIPTION_MAX_LENGTH)));
        answer.venue().ifPresent(v -> embed.addField("Where", DiscordMarkdown.truncate(DiscordMarkdown.inline(v),
                MessageEmbed.VALUE_MAX_LENGTH), true));
        if (!answer.dates().isEmpty()) {
            embed.addField("When", DiscordMarkdown.truncate(dates(answer.dates()),
                    MessageEmbed.VALUE_MAX_LENGTH), true);
        }
        embed.addField("Time zone", answer.zone().getId(), true);
        embed.addField("Programme", answer.programmeSize(), false);
        if (!answer.tracks().isEmpty()) {
            embed.addField("Tracks", DiscordMarkdown.truncate(DiscordMarkdown.inline(String.join(", ",
                    answer.tracks())), MessageEmbed.VALUE_MAX_LENGTH), false);
        }
        return embed.build();
    }

    @Override
    public MessageEmbed shortReply(ShortReply answer) {
        return new EmbedBuilder().setColor(EmbedColours.EMCEE)
                .setDescription(DiscordMarkdown.truncate(DiscordMarkdown.escape(answer.text()),
                        MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .build();
    }

    @Override
    public MessageEmbed help(HelpAnswer answer) {
        EmbedBuilder embed = titled("Ask Emcee").setColor(EmbedColours.EMCEE);
        embed.setDescription(DiscordMarkdown.truncate(DiscordMarkdown.escape(answer.intro()), 1000));
        if (!answer.examples().isEmpty()) {
            List<String> lines = answer.examples().stream()
                    .map(example -> "• `" + codeSpanText(prefix + " " + example) + "`")
                    .toList();
            embed.addField(HelpAnswer.EXAMPLES_HEADING, DiscordMarkdown.truncate(String.join("\n", lines),
                    MessageEmbed.VALUE_MAX_LENGTH), false);
        }
        embed.addField("Other ways to ask", "Mention me, send me a direct message, or use /emcee, /next, /now "
                + "and /who.", false);
        return embed.build();
    }

    @Override
    public MessageEmbed clarification(Clarification answer) {
        EmbedBuilder embed = titled(answer.prompt()).setColor(EmbedColours.EMCEE);
        List<String> lines = answer.candidates().stream().map(c -> "• " + DiscordMarkdown.inline(c)).toList();
        EmbedLimits.describeLines(embed, "", lines, "candidates", MessageEmbed.DESCRIPTION_MAX_LENGTH);
        return embed.build();
    }

    @Override
    public MessageEmbed noMatch(NoMatch answer) {
        // The message leads into its suggestions ("Did you mean:"), as it does on every platform.
        EmbedBuilder embed = new EmbedBuilder().setColor(EmbedColours.QUIET);
        String message = DiscordMarkdown.truncate(DiscordMarkdown.escape(answer.message()), 2000);
        List<String> lines = answer.suggestions().stream().map(s -> "• " + DiscordMarkdown.inline(s)).toList();
        EmbedLimits.describeLines(embed, message, lines, "suggestions", MessageEmbed.DESCRIPTION_MAX_LENGTH);
        return embed.build();
    }

    @Override
    public MessageEmbed slowDown(SlowDown answer) {
        return new EmbedBuilder().setColor(EmbedColours.QUIET)
                .setDescription(DiscordMarkdown.escape(answer.text()))
                .build();
    }

    @Override
    public MessageEmbed bookmarkChange(BookmarkChange answer) {
        EmbedBuilder embed = titled(answer.headline()).setColor(answer.kind().bookmarked()
                ? EmbedColours.forSession(answer.session()) : EmbedColours.QUIET);
        embed.addField(SessionFields.field(answer.session(), answer.asOf(), false));
        if (!answer.reminderText().isEmpty()) {
            embed.setDescription(DiscordMarkdown.escape(answer.reminderText()));
        }
        footer(embed, List.of(answer.session()), answer.asOf(), List.of());
        return embed.build();
    }

    @Override
    public MessageEmbed personalAgenda(PersonalAgenda answer) {
        if (answer.entries().isEmpty()) {
            return titled("Your agenda").setColor(EmbedColours.QUIET)
                    .setDescription(DiscordMarkdown.escape(PersonalAgenda.EMPTY)).build();
        }
        EmbedBuilder embed = titled(answer.heading()).setColor(EmbedColours.EMCEE);
        List<MessageEmbed.Field> fields = new ArrayList<>();
        for (PersonalAgenda.Entry entry : answer.entries()) {
            MessageEmbed.Field field = SessionFields.field(entry.session(), answer.asOf(), false);
            String value = field.getValue();
            if (!entry.conflicts().isEmpty()) {
                value = DiscordMarkdown.truncate(value + "\n⚠️ " + DiscordMarkdown.inline(entry.overlapText()),
                        MessageEmbed.VALUE_MAX_LENGTH);
            }
            fields.add(new MessageEmbed.Field(field.getName(), value, false));
        }
        footer(embed, answer.entries().stream().map(PersonalAgenda.Entry::session).toList(), answer.asOf(),
                List.of());
        EmbedLimits.addFields(embed, fields, "sessions", "Ask about one day to see fewer at a time.");
        return embed.build();
    }

    @Override
    public MessageEmbed reminderLeadSet(ReminderLeadSet answer) {
        return new EmbedBuilder().setColor(EmbedColours.EMCEE).setDescription(DiscordMarkdown.escape(answer.text()))
                .build();
    }

    @Override
    public MessageEmbed agendaForgotten(AgendaForgotten answer) {
        return new EmbedBuilder().setColor(EmbedColours.EMCEE).setDescription(DiscordMarkdown.escape(answer.text()))
                .build();
    }

    @Override
    public MessageEmbed organizerReply(OrganizerReply answer) {
        String lines = String.join("\n", answer.lines().stream().map(DiscordMarkdown::escape).toList());
        if (answer.confirmation().isPresent()) {
            lines = lines + (lines.isEmpty() ? "" : "\n\n") + DiscordMarkdown.escape(OrganizerReply.CONFIRM_HINT);
        }
        EmbedBuilder embed = titled(answer.headline()).setColor(answer.kind() == OrganizerReply.Kind.REFUSED
                || answer.kind() == OrganizerReply.Kind.PROBLEM ? EmbedColours.QUIET : EmbedColours.CHANGE);
        if (!lines.isEmpty()) {
            embed.setDescription(DiscordMarkdown.truncate(lines, MessageEmbed.DESCRIPTION_MAX_LENGTH));
        }
        return embed.build();
    }

    @Override
    public MessageEmbed agendaUnavailable(AgendaUnavailable answer) {
        return new EmbedBuilder().setColor(EmbedColours.QUIET)
                .setDescription(DiscordMarkdown.escape(AgendaUnavailable.TEXT)).build();
    }

    @Override
    public MessageEmbed faq(FaqAnswer answer) {
        String text = answer.answer().parts().stream().map(part -> part instanceof LinkedText.Link link
                ? DiscordMarkdown.isSafeLink(link.url())
                        ? "[" + DiscordMarkdown.inline(link.label()) + "](" + link.url() + ")"
                        : DiscordMarkdown.inline(link.label())
                : DiscordMarkdown.escape(((LinkedText.Plain) part).text())).collect(Collectors.joining());
        return titled(answer.topic()).setColor(EmbedColours.EMCEE)
                .setDescription(DiscordMarkdown.truncate(text, MessageEmbed.DESCRIPTION_MAX_LENGTH)).build();
    }

    /** Text shown literally inside a code span: one line, no backticks (which would end the span). */
    private static String codeSpanText(String text) {
        return text.replace("`", "'").replaceAll("\\s+", " ").strip();
    }

    private static EmbedBuilder titled(String title) {
        return new EmbedBuilder().setTitle(
                DiscordMarkdown.truncate(DiscordMarkdown.inline(title), MessageEmbed.TITLE_MAX_LENGTH));
    }

    private static String dates(List<ConferenceDates> dates) {
        return dates.stream().map(d -> DiscordMarkdown.inline(d.label()) + ": " + TimeTexts.day(d.from())
                + (d.to().equals(d.from()) ? "" : " – " + TimeTexts.day(d.to())) + ", " + d.to().getYear())
                .collect(Collectors.joining("\n"));
    }

    private static String personLine(PersonRef person) {
        String line = "• **" + DiscordMarkdown.inline(person.name()) + "**"
                + person.affiliation().map(a -> " (" + DiscordMarkdown.inline(a) + ")").orElse("");
        return person.roles().isEmpty() ? line
                : line + " — " + DiscordMarkdown.inline(String.join(", ", person.roles()));
    }

    private static void footer(EmbedBuilder embed, List<SessionCard> featured, Instant asOf, List<SessionCard> others) {
        if (!featured.isEmpty()) {
            embed.setFooter(SessionFields.venueFooter(featured, asOf, featured.get(0).zone()));
        } else {
            anyZone(others, List.of()).ifPresent(zone -> embed.setFooter(SessionFields.venueNow(asOf, zone)));
        }
    }

    private static Optional<ZoneId> anyZone(List<SessionCard> first, List<SessionCard> second) {
        return Stream.concat(first.stream(), second.stream()).map(SessionCard::zone).findFirst();
    }
}
