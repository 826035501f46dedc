package dev.emcee.core.question;

import dev.emcee.core.schedule.Schedule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes questions about the asker's own agenda, before any other reading: "remind me about Kyle Kingsbury's
 * talk", "bookmark the Netflix talk", "add Tesser to my agenda", "forget the Netflix talk", "my agenda",
 * "remind me 15 minutes before", "forget me".
 *
 * <p>Only phrasings that are unmistakably personal ("my", "me", "bookmark") are taken, so that "what's on the
 * schedule" keeps its old meaning. Works on normalized text ({@link QuestionText#normalize}); built once per
 * schedule; pure.
 */
public final class AgendaQuestions {
    private static final String MY_LIST = "(?:agenda|schedule|bookmarks?|list|calendar|plan|saved (?:talks|sessions)"
            + "|bookmarked (?:talks|sessions)|reminders?)";
    private static final Pattern FORGET_ME = Pattern.compile(
            "^(?:forget|delete|erase|remove|wipe|clear|drop|purge)(?: all)? (?:me|about me|everything about me"
                    + "|all about me|all my data|my data|my personal data|everything you know about me"
                    + "|what you know about me|my " + MY_LIST + "|all my " + MY_LIST + "|everything)$");
    private static final Pattern MY_AGENDA = Pattern.compile(
            "^(?:(?:show|list|see|view|display|check|open|get)(?: me)? )?(?:what is (?:on|in) )?(?:my|mine)"
                    + " (?:own )?" + MY_LIST + "(?: (?:today|please|so far|now))?$"
                    + "|^(?:what|which)(?: talks| sessions)? (?:have i|did i) (?:bookmark|bookmarked|save|saved"
                    + "|star|starred)(?: so far)?$|^agenda$|^bookmarks$");
    private static final Pattern LEAD = Pattern.compile(
            "^(?:please )?(?:remind me|reminders?|send (?:me )?(?:the |my )?reminders?|set (?:my )?reminders? (?:to"
                    + "|at|for)?|notify me|ping me|tell me)\\s*(?<amount>\\d+|an?|one|two|three|four|five|ten|fifteen"
                    + "|twenty|thirty|forty|forty five|sixty|half an?)\\s*(?<unit>minutes?|mins?|m|hours?|hrs?|h)"
                    + "(?: (?:before|ahead|early|in advance|beforehand|prior)(?: (?:each|every|my|the|a))?"
                    + "(?: (?:talks?|sessions?|one|start|it starts|they start))?)?$");
    private static final Pattern AT_START = Pattern.compile(
            "^(?:remind me|notify me|ping me) (?:when|as) (?:they|it|my talks?|my sessions?|each (?:one|talk|session))"
                    + " (?:starts?|begins?)$|^(?:remind me|notify me) at the start(?: of each (?:talk|session))?$");
    private static final Pattern UNBOOKMARK = Pattern.compile(
            "^(?:forget|forget about|unbookmark|un bookmark|remove|delete|drop|unsave|do not remind me (?:about|of)"
                    + "|stop reminding me (?:about|of)|no reminder for|no more reminders for) (?<what>.+?)"
                    + "(?: (?:from|off|out of) my " + MY_LIST + ")?$"
                    + "|^take (?<what2>.+?) (?:off|out of) my " + MY_LIST + "$");
    private static final Pattern BOOKMARK = Pattern.compile(
            "^(?:remind me (?:about|of|for)|bookmark|book mark|save|i will attend|i am attending|count me in for)"
                    + " (?<what>.+)$"
                    + "|^(?:add|put|save|keep|include) (?<what2>.+?) (?:to|on|in|into) my " + MY_LIST + "$");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("ten", 10), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("forty five", 45), Map.entry("sixty", 60));

    private final SessionFinder finder;

    public AgendaQuestions(Schedule schedule) {
        this.finder = new SessionFinder(schedule);
    }

    /** The personal question in {@code question} (normalized), or empty when it is about something else. */
    public Optional<Question> recognize(String question) {
        String q = question.strip();
        if (FORGET_ME.matcher(q).matches()) {
            return Optional.of(new Question.ForgetMe());
        }
        if (MY_AGENDA.matcher(q).matches()) {
            return Optional.of(new Question.MyAgenda());
        }
        if (AT_START.matcher(q).matches()) {
            return Optional.of(new Question.ReminderLead(Duration.ZERO));
        }
        Matcher lead = LEAD.matcher(q);
        if (lead.matches()) {
            return lead(lead.group("amount"), lead.group("unit"));
        }
        Matcher remove = UNBOOKMARK.matcher(q);
        if (remove.matches()) {
            return Optional.of(session(either(remove), false));
        }
        Matcher add = BOOKMARK.matcher(q);
        if (add.matches()) {
            return Optional.of(session(either(add), true));
        }
        return Optional.empty();
    }

    private static String either(Matcher m) {
        return m.group("what") != null ? m.group("what") : m.group("what2");
    }

    private static Optional<Question> lead(String amount, String unit) {
        int n;
        if (amount.startsWith("half")) {
            return Optional.of(new Question.ReminderLead(Duration.ofMinutes(30)));
        }
        n = amount.chars().allMatch(Character::isDigit) ? Integer.parseInt(amount) : NUMBERS.getOrDefault(amount, 1);
        boolean hours = unit.startsWith("h");
        return Optional.of(new Question.ReminderLead(hours ? Duration.ofHours(n) : Duration.ofMinutes(n)));
    }

    private Question session(String phrase, boolean adding) {
        String what = phrase.replaceAll("^(?:it|that|this|the|a|my)\\s+", "").strip();
        SessionFinder.Found found = finder.find(what);
        if (found instanceof SessionFinder.One one) {
            return adding ? new Question.Bookmark(one.session().id()) : new Question.Unbookmark(one.session().id());
        }
        if (found instanceof SessionFinder.Several several) {
            return new Question.UnclearSession(adding, phrase, several.descriptions(), List.of());
        }
        return new Question.UnclearSession(adding, phrase, List.of(), ((SessionFinder.None) found).closeNames());
    }
}
