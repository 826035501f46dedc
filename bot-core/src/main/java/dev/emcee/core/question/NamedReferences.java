package dev.emcee.core.question;

import dev.emcee.core.schedule.Schedule;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question names by a phrase that is not a room, track or person of its own: the session after which to
 * look ("what's next after Sean Allen"), and rooms or companies the schedule does not have ("room 101", "who's
 * from google"), which are said plainly rather than dropped (and the whole conference answered).
 */
final class NamedReferences {
    /** "what's next after Sean Allen", "what's on after the Netflix talk", "after kyle's talk". */
    private static final Pattern AFTER = Pattern.compile(
            "^(?:what is |what |anything |who is )?(?:next |up next |on |happening |coming up |speaking |talking )?"
                    + "after (?<what>.+)$");
    /** "in room 101": a room named by number or word after "room". */
    private static final Pattern ROOM_NAMED = Pattern.compile("\\broom (?<name>[\\p{L}\\p{N}][\\p{L}\\p{N}./-]*)");
    private static final Set<String> NOT_ROOM_NAMES = Set.of("list", "names", "name", "number", "numbers", "change",
            "changes", "size", "capacity", "map", "please");
    /** "who's from google", "talks from google": people or sessions asked for by a company. */
    private static final Pattern PEOPLE_FROM = Pattern.compile(
            "^(?:who is|who are|who|anyone|anybody|someone|somebody|any ?one|speakers?|people|folks|presenters?"
                    + "|is there (?:anyone|anybody|someone)|talks?|sessions?|presentations?)"
                    + " (?:from|working (?:at|for)|works (?:at|for)|employed by|representing) (?<company>.+)$");

    private final Schedule schedule;
    private final PersonMatcher people;
    private final Predicate<List<String>> namesATrack;
    private final SessionFinder sessionFinder;
    private final Set<String> keywords;

    /**
     * @param people the schedule's people, so that a person's name is never taken for a missing company
     * @param keywords the words with a role in questions, never taken for a room's name
     * @param namesATrack whether words name a track, so that "room" in a track's name is no missing room
     */
    NamedReferences(Schedule schedule, PersonMatcher people, Set<String> keywords,
            Predicate<List<String>> namesATrack) {
        this.schedule = schedule;
        this.people = people;
        this.keywords = Set.copyOf(keywords);
        this.namesATrack = namesATrack;
        this.sessionFinder = new SessionFinder(schedule);
    }

    /** "what's next after Sean Allen": the session after the one those words name, when they name one. */
    Optional<Question> after(String rest) {
        Matcher m = AFTER.matcher(rest);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> words = Words.tokens(m.group("what")).stream().filter(w -> !Words.isStopWord(w)).toList();
        if (words.isEmpty() || words.equals(List.of("this")) || words.equals(List.of("that"))) {
            return Optional.empty();
        }
        SessionFinder.Found found = sessionFinder.find(m.group("what"));
        if (found instanceof SessionFinder.One one) {
            return Optional.of(new Question.After(one.session().id()));
        }
        if (found instanceof SessionFinder.Several several) {
            return Optional.of(new Question.Ambiguous("After which session?", several.descriptions()));
        }
        return Optional.empty();
    }

    /** "in room 101" where the schedule has no such room: said, rather than answered for every room. */
    Optional<Question> roomNotOnSchedule(String rest) {
        Matcher m = ROOM_NAMED.matcher(rest);
        if (!m.find() || schedule.rooms().isEmpty()) {
            return Optional.empty();
        }
        String name = m.group("name");
        if (Words.isStopWord(name) || keywords.contains(name) || NOT_ROOM_NAMES.contains(name)
                || namesATrack.test(Words.tokens(name))) {
            return Optional.empty();
        }
        return Optional.of(new Question.NotOnSchedule(Question.NotOnSchedule.Kind.ROOM, name));
    }

    /** "who's from google" when nobody is: said, unless the words name a person on the schedule. */
    Optional<Question> companyNotOnSchedule(String rest) {
        Matcher m = PEOPLE_FROM.matcher(rest);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> words = Words.tokens(m.group("company")).stream().filter(w -> !Words.isStopWord(w)).toList();
        if (words.isEmpty() || !people.match(words).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Question.NotOnSchedule(Question.NotOnSchedule.Kind.COMPANY, String.join(" ", words)));
    }
}
