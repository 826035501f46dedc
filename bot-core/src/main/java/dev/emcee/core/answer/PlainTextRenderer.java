package dev.emcee.core.answer;

import dev.emcee.core.schedule.ConferenceDates;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * Renders answers as plain text for the console, the JSON Lines output and notification fallbacks.
 *
 * <p>Times are shown in the conference's zone with its abbreviation, since a terminal has no "reader's zone".
 * An answer never contains a blank line, so a blank line can separate answers in piped output.
 */
public final class PlainTextRenderer implements AnswerVisitor<String> {
    /** Sessions listed before "… and N more". */
    public static final int LIST_LIMIT = 20;
    private static final int SUMMARY_UP_TO = 2;
    private static final java.util.regex.Pattern BLANK_LINES = java.util.regex.Pattern.compile("\n\\s*\n");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    /** Renders any answer. */
    public static String render(Answer answer) {
        return BLANK_LINES.matcher(answer.accept(new PlainTextRenderer())).replaceAll("\n");
    }

    @Override
    public String upNext(UpNext a) {
        StringBuilder out = new StringBuilder();
        if (a.next().isEmpty()) {
            out.append(a.nothingMoreText());
        } else {
            out.append("Up next ").append(a.scope()).append(" (")
                    .append(TimeTexts.startsRelative(a.next().get(0).start(), a.asOf())).append("):\n");
            cards(out, a.next(), a.asOf());
        }
        if (!a.onNow().isEmpty()) {
            out.append("On now ").append(a.scope()).append(":\n");
            cards(out, a.onNow(), a.asOf());
        }
        return out.toString().strip();
    }

    @Override
    public String onNow(OnNow a) {
        StringBuilder out = new StringBuilder();
        if (a.running().isEmpty()) {
            out.append(a.nothingOnText());
        } else {
            out.append("On now ").append(a.scope()).append(":\n");
            cards(out, a.running(), a.asOf());
        }
        if (!a.comingUp().isEmpty()) {
            out.append(a.running().isEmpty() ? "\n" : "").append("Next (")
                    .append(TimeTexts.startsRelative(a.comingUp().get(0).start(), a.asOf())).append("):\n");
            cards(out, a.comingUp(), a.asOf());
        }
        return out.toString().strip();
    }

    @Override
    public String sessionListing(SessionListing a) {
        if (a.sessions().isEmpty()) {
            return a.whenEmpty();
        }
        StringBuilder out = new StringBuilder(a.heading()).append(":\n");
        a.note().ifPresent(n -> out.append(n).append('\n'));
        cards(out, a.sessions(), a.asOf());
        return out.toString().strip();
    }

    @Override
    public String personProfile(PersonProfile a) {
        StringBuilder out = new StringBuilder(a.person().nameWithAffiliation());
        if (!a.person().roles().isEmpty()) {
            out.append(" — ").append(String.join(", ", a.person().roles()));
        }
        a.bio().ifPresent(b -> out.append("\n").append(b));
        if (a.sessions().isEmpty()) {
            out.append("\n").append(PersonProfile.NO_SESSIONS);
        } else {
            out.append("\n").append(a.sessions().size() == 1 ? "Session" : "Sessions").append(":\n");
            cards(out, a.sessions(), a.asOf());
        }
        return out.toString().strip();
    }

    @Override
    public String peopleListing(PeopleListing a) {
        if (a.people().isEmpty()) {
            return a.emptyText();
        }
        StringBuilder out = new StringBuilder(a.heading()).append(":\n");
        for (PersonRef p : a.people()) {
            out.append("• ").append(p.nameWithAffiliation());
            if (!p.roles().isEmpty()) {
                out.append(" — ").append(String.join("; ", p.roles()));
            }
            out.append('\n');
        }
        return out.toString().strip();
    }

    @Override
    public String nameListing(NameListing a) {
        if (a.entries().isEmpty()) {
            return a.whenEmpty();
        }
        StringBuilder out = new StringBuilder(a.heading()).append(":\n");
        for (NameListing.Entry e : a.entries()) {
            out.append("• ").append(e.name());
            if (!e.detail().isEmpty()) {
                out.append(" — ").append(e.detail());
            }
            out.append('\n');
        }
        return out.toString().strip();
    }

    @Override
    public String conferenceOverview(ConferenceOverview a) {
        StringBuilder out = new StringBuilder(a.name());
        a.tagline().ifPresent(t -> out.append(" — ").append(t));
        a.venue().ifPresent(v -> out.append("\nWhere: ").append(v));
        for (ConferenceDates d : a.dates()) {
            out.append("\n").append(d.label()).append(": ").append(dateRange(d));
        }
        out.append("\nTime zone: ").append(a.zone().getId());
        out.append("\nProgramme: ").append(a.programmeSize());
        if (!a.tracks().isEmpty()) {
            out.append("\nTracks: ").append(String.join(", ", a.tracks()));
        }
        a.url().ifPresent(u -> out.append("\n").append(u));
        return out.toString();
    }

    @Override
    public String help(HelpAnswer a) {
        if (a.examples().isEmpty()) {
            return a.intro();
        }
        return a.intro() + "\n" + HelpAnswer.EXAMPLES_HEADING + ":\n"
                + a.examples().stream().map(e -> "• " + e).collect(Collectors.joining("\n"));
    }

    @Override
    public String shortReply(ShortReply a) {
        return a.text();
    }

    @Override
    public String clarification(Clarification a) {
        return a.prompt() + "\n" + a.candidates().stream().map(c -> "• " + c).collect(Collectors.joining("\n"));
    }

    @Override
    public String noMatch(NoMatch a) {
        if (a.suggestions().isEmpty()) {
            return a.message();
        }
        return a.message() + "\n" + a.suggestions().stream().map(s -> "• " + s).collect(Collectors.joining("\n"));
    }

    @Override
    public String slowDown(SlowDown a) {
        return a.text();
    }

    @Override
    public String organizerReply(OrganizerReply a) {
        StringBuilder out = new StringBuilder(a.headline());
        a.lines().forEach(line -> out.append("\n  ").append(line));
        if (a.confirmation().isPresent()) {
            out.append("\n").append(OrganizerReply.CONFIRM_HINT);
        }
        return out.toString();
    }

    @Override
    public String bookmarkChange(BookmarkChange a) {
        StringBuilder out = new StringBuilder(a.headline()).append(":\n");
        cards(out, List.of(a.session()), a.asOf());
        String reminder = a.reminderText();
        return (reminder.isEmpty() ? out : out.append(reminder)).toString().strip();
    }

    @Override
    public String personalAgenda(PersonalAgenda a) {
        if (a.entries().isEmpty()) {
            return PersonalAgenda.EMPTY;
        }
        StringBuilder out = new StringBuilder(a.heading()).append(":\n");
        for (PersonalAgenda.Entry entry : a.entries()) {
            List<String> lines = cardLines(entry.session(), a.asOf());
            out.append("• ").append(lines.get(0)).append('\n');
            for (String line : lines.subList(1, lines.size())) {
                out.append("  ").append(line).append('\n');
            }
            if (!entry.conflicts().isEmpty()) {
                out.append("  ⚠ ").append(entry.overlapText()).append('\n');
            }
        }
        return out.toString().strip();
    }

    @Override
    public String reminderLeadSet(ReminderLeadSet a) {
        return a.text();
    }

    @Override
    public String agendaForgotten(AgendaForgotten a) {
        return a.text();
    }

    @Override
    public String agendaUnavailable(AgendaUnavailable a) {
        return AgendaUnavailable.TEXT;
    }

    @Override
    public String faq(FaqAnswer a) {
        return a.answer().plainText();
    }

    /** The lines of one session: label; when and where; who and what. */
    public static List<String> cardLines(SessionCard c, Instant asOf) {
        List<String> lines = new ArrayList<>();
        lines.add(c.titled() ? "\"" + c.label() + "\"" : c.label());
        StringJoiner where = new StringJoiner(" · ");
        where.add(TimeTexts.dayAndRange(c.start(), c.end(), c.zone()));
        where.add(c.room());
        if (c.start().isAfter(asOf)) {
            where.add(TimeTexts.startsRelative(c.start(), asOf));
        } else if (c.end().isAfter(asOf)) {
            where.add("running, " + TimeTexts.remaining(c.end(), asOf));
        }
        lines.add(where.toString());
        StringJoiner what = new StringJoiner(" · ");
        if (!c.speakers().isEmpty()) {
            what.add(c.speakers().stream().map(PersonRef::nameWithAffiliation).collect(Collectors.joining(", ")));
        }
        c.track().ifPresent(t -> what.add(t + " track"));
        c.level().ifPresent(what::add);
        if (!c.topics().isEmpty()) {
            what.add(String.join(", ", c.topics()));
        }
        c.rating().flatMap(RatingText::of).ifPresent(what::add);
        if (what.length() > 0) {
            lines.add(what.toString());
        }
        return lines;
    }

    private static void cards(StringBuilder out, List<SessionCard> cards, Instant asOf) {
        boolean withSummary = cards.size() <= SUMMARY_UP_TO;
        for (SessionCard card : cards.subList(0, Math.min(cards.size(), LIST_LIMIT))) {
            List<String> lines = cardLines(card, asOf);
            out.append("• ").append(lines.get(0)).append('\n');
            for (String line : lines.subList(1, lines.size())) {
                out.append("  ").append(line).append('\n');
            }
            if (withSummary && !card.summary().isEmpty()) {
                out.append("  ").append(card.summary()).append('\n');
            }
            card.url().filter(u -> withSummary).ifPresent(u -> out.append("  ").append(u).append('\n'));
        }
        if (cards.size() > LIST_LIMIT) {
            out.append("… and ").append(cards.size() - LIST_LIMIT).append(" more\n");
        }
    }

    private static String dateRange(ConferenceDates d) {
        if (d.from().equals(d.to())) {
            return DATE.format(d.from());
        }
        return DATE.format(d.from()) + " – " + DATE.format(d.to());
    }
}
