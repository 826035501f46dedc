package dev.emcee.core.question;

import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes a question that picks one end of a list: "the first talk tomorrow", "what's the last session today in
 * LL21 A/B", "when is the keynote". Only when nothing else is asked: "the first talk by Kyle" is about Kyle.
 */
public final class ListEndPhrases {
    private static final Pattern END_AND_KIND = Pattern.compile(
            "\\b(?<end>first|last|final|earliest)\\s+(?<kind>talk|session|presentation|lecture|event|slot|thing|one"
                    + "|keynote)s?\\b");
    private static final Pattern KEYNOTE = Pattern.compile("\\bkeynotes?\\b");
    private static final Pattern KEYNOTE_IN_TITLE = Pattern.compile("(?i)\\bkeynote\\b");
    /** Words of the phrase itself, and question words around it. */
    private static final Set<String> OWN_WORDS = Set.of("first", "last", "final", "earliest", "talk", "talks",
            "session", "sessions", "presentation", "presentations", "lecture", "lectures", "event", "events", "slot",
            "slots", "thing", "one", "keynote", "keynotes", "time", "start", "starts", "begin", "begins", "day",
            "schedule", "agenda", "programme", "program", "scheduled", "happening", "happen", "held");

    private final boolean hasKeynotes;
    private final Set<String> keywords;

    /**
     * @param schedule whose keynotes "the keynote" picks from (without any, "the keynote" is a search)
     * @param keywords the parser's words with a role in questions, which never make a question about something else
     */
    ListEndPhrases(Schedule schedule, Set<String> keywords) {
        this(schedule.sessions().stream().anyMatch(ListEndPhrases::isKeynote), keywords);
    }

    private ListEndPhrases(boolean hasKeynotes, Set<String> keywords) {
        this.hasKeynotes = hasKeynotes;
        this.keywords = keywords;
    }

    /** A keynote by its kind, or by its title ("Keynote: Who cares about Democracy?") where schedules give no kinds. */
    public static boolean isKeynote(Session session) {
        return session.kind() == SessionKind.KEYNOTE
                || session.title().filter(t -> KEYNOTE_IN_TITLE.matcher(t).find()).isPresent();
    }

    /** Whether {@code question} (normalized) may pick an end: then a title it partly names does not win at once. */
    boolean mayPick(String question) {
        return END_AND_KIND.matcher(question).find() || hasKeynotes && KEYNOTE.matcher(question).find();
    }

    /**
     * The pick {@code rest} asks for (the question without its day and time), when {@code others}, its tokens
     * outside the room or track it names, say nothing more.
     */
    Optional<Question> recognize(String rest, List<String> others, Optional<DayRef> day, Scope scope) {
        Matcher m = END_AND_KIND.matcher(rest);
        boolean endAndKind = m.find();
        boolean keynote = KEYNOTE.matcher(rest).find();
        if (!endAndKind && !(keynote && hasKeynotes)) {
            return Optional.empty();
        }
        boolean saysMore = others.stream().anyMatch(t -> !Words.isStopWord(t) && !OWN_WORDS.contains(t)
                && !keywords.contains(t));
        if (saysMore) {
            return Optional.empty();
        }
        boolean keynotes = hasKeynotes && keynote;
        Question.Pick.End end = !endAndKind ? Question.Pick.End.COMING
                : m.group("end").equals("first") || m.group("end").equals("earliest") ? Question.Pick.End.FIRST
                : Question.Pick.End.LAST;
        return Optional.of(new Question.Pick(end, day, scope, keynotes));
    }
}
