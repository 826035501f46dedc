package dev.emcee.core.answering;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.Clarification;
import dev.emcee.core.answer.ConferenceOverview;
import dev.emcee.core.answer.HelpAnswer;
import dev.emcee.core.answer.NameListing;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.SessionListing;
import dev.emcee.core.question.Question;
import dev.emcee.core.question.QuestionVisitor;
import dev.emcee.core.schedule.Conference;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.core.schedule.Track;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers understood questions about one schedule at a given moment. Built once per schedule; pure.
 */
public final class Answerer {
    private static final int TOP_RATED = 5;

    private final Schedule schedule;
    private final WhenAnswers when;
    private final ListEnds ends;
    private final PeopleAnswers people;
    private final SearchIndex index;
    private final CardIndex cards;
    private final ConferenceFacts facts;
    private final CloseQuestions closeQuestions;
    private final List<String> examples;
    /** Sessions by their level exactly as the schedule writes it, levels in order of first appearance. */
    private final Map<String, List<Session>> sessionsByLevel;
    private final List<Session> topRated;

    public Answerer(Schedule schedule) {
        this.schedule = schedule;
        this.cards = new CardIndex(schedule);
        this.when = new WhenAnswers(schedule, cards);
        this.ends = new ListEnds(schedule, cards);
        this.people = new PeopleAnswers(schedule, cards);
        this.index = new SearchIndex(schedule);
        this.examples = HelpExamples.of(schedule);
        this.facts = new ConferenceFacts(schedule);
        this.closeQuestions = new CloseQuestions(examples);
        this.sessionsByLevel = schedule.sessions().stream().filter(s -> s.level().isPresent())
                .collect(Collectors.groupingBy(s -> s.level().orElseThrow(), java.util.LinkedHashMap::new,
                        Collectors.toUnmodifiableList()));
        this.topRated = schedule.sessions().stream()
                .filter(s -> s.rating().filter(r -> r.count() > 0).isPresent())
                .sorted(Comparator.comparingDouble((Session s) -> -s.rating().orElseThrow().average())
                        .thenComparingInt(s -> -s.rating().orElseThrow().count()))
                .limit(TOP_RATED)
                .toList();
    }

    /** The answer to {@code question} at {@code now}. */
    public Answer answer(Question question, Instant now) {
        return answer(question, "", now);
    }

    /**
     * The answer to {@code question} at {@code now}; {@code asked} is the question as the person typed it, quoted
     * when nothing answers it (empty: the words understood are quoted instead).
     */
    public Answer answer(Question question, String asked, Instant now) {
        return question.accept(new Dispatch(asked, now));
    }

    /**
     * Sends each kind of question to the part that answers it. Questions about the asker's own agenda need that
     * person's bookmarks, so {@link dev.emcee.core.agenda.AgendaAnswers} answers them, never this class.
     */
    private final class Dispatch implements QuestionVisitor<Answer> {
        private final String asked;
        private final Instant now;

        Dispatch(String asked, Instant now) {
            this.asked = asked;
            this.now = now;
        }

        // One line per kind, as a table: the kind, then what answers it.
        @Override public Answer next(Question.Next q) { return when.next(q, now); }
        @Override public Answer now(Question.Now q) { return when.now(q, now); }
        @Override public Answer at(Question.At q) { return when.at(q, now); }
        @Override public Answer agenda(Question.Agenda q) { return when.agenda(q, now); }
        @Override public Answer pick(Question.Pick q) { return ends.pick(q, now); }
        @Override public Answer after(Question.After q) { return when.after(q, now); }
        @Override public Answer aboutPerson(Question.AboutPerson q) { return people.about(q, now); }
        @Override public Answer fromCompany(Question.FromCompany q) { return people.fromCompany(q, now); }
        @Override public Answer trackHosts(Question.TrackHosts q) { return people.hosts(q); }
        @Override public Answer listSpeakers(Question.ListSpeakers q) { return people.speakers(); }
        @Override public Answer unknownPerson(Question.UnknownPerson q) { return Answerer.this.unknownPerson(q, now); }
        @Override public Answer search(Question.Search q) { return Answerer.this.search(q, asked, now); }
        @Override public Answer titled(Question.Titled q) { return Answerer.this.titled(q, now); }
        @Override public Answer unknownRoom(Question.UnknownRoom q) { return Answerer.this.unknownRoom(q); }
        @Override public Answer atLevel(Question.AtLevel q) { return level(q, now); }
        @Override public Answer topRated(Question.TopRated q) { return Answerer.this.topRated(now); }
        @Override public Answer listRooms(Question.ListRooms q) { return rooms(); }
        @Override public Answer listTracks(Question.ListTracks q) { return tracks(); }
        @Override public Answer aboutConference(Question.AboutConference q) { return conference(); }
        @Override public Answer conferenceFact(Question.ConferenceFact q) { return facts.fact(q.fact(), now); }
        @Override public Answer smallTalk(Question.SmallTalk q) { return facts.smallTalk(q); }
        @Override public Answer notOnSchedule(Question.NotOnSchedule q) { return facts.notOnSchedule(q); }
        @Override public Answer help(Question.Help q) { return Answerer.this.help(); }
        @Override public Answer ambiguous(Question.Ambiguous q) { return new Clarification(q.prompt(), q.candidates()); }
        @Override public Answer notUnderstood(Question.NotUnderstood q) { return Answerer.this.notUnderstood(q, asked); }

        @Override
        public Answer personal(Question.Personal q) {
            throw new IllegalArgumentException("A question about the asker's agenda (" + q.getClass().getSimpleName()
                    + ") is answered with their bookmarks by AgendaAnswers, not by Answerer");
        }
    }

    /** Example questions that work on this schedule. */
    public List<String> examples() {
        return examples;
    }

    private Answer search(Question.Search q, String asked, Instant now) {
        SearchIndex.Result result = index.search(q.terms());
        String quoted = CloseQuestions.quoted(asked.isBlank() ? q.phrase() : asked);
        if (result.isEmpty()) {
            List<String> close = q.terms().stream().flatMap(t -> index.closeWords(t).stream()).distinct().limit(2)
                    .map(w -> "anything on " + w + "?").toList();
            return new NoMatch("I found nothing on the schedule for " + quoted + ". Questions close to it:",
                    closeQuestions.near(asked.isBlank() ? q.phrase() : asked, close));
        }
        if (noSessionHasEvery(q.terms())) {
            return new NoMatch("I found nothing on the schedule for " + quoted
                    + ": no session mentions all of its words. Questions close to it:",
                    closeQuestions.near(asked.isBlank() ? q.phrase() : asked, List.of()));
        }
        Optional<String> note = Optional.empty();
        if (!result.substitutions().isEmpty()) {
            note = Optional.of("No exact match for " + result.substitutions().keySet().stream()
                    .map(w -> "\"" + w + "\"").collect(Collectors.joining(", ")) + "; showing close matches ("
                    + result.substitutions().values().stream().flatMap(List::stream).distinct().limit(5)
                    .collect(Collectors.joining(", ")) + ").");
        } else if (!result.unmatched().isEmpty()) {
            note = Optional.of("Nothing matched " + result.unmatched().stream().map(w -> "\"" + w + "\"")
                    .collect(Collectors.joining(", ")) + "; showing matches for the other words.");
        }
        return new SessionListing("Sessions about \"" + q.phrase() + "\"", cards.atPositions(result.positions()), note, "",
                now);
    }

    private Answer unknownRoom(Question.UnknownRoom q) {
        List<String> suggestions = new ArrayList<>();
        q.rooms().forEach(r -> suggestions.add("what's next in " + r + "?"));
        suggestions.add("rooms");
        return new NoMatch("There is no room \"" + q.name() + "\" on this schedule. Try:", suggestions);
    }

    private Answer titled(Question.Titled q, Instant now) {
        List<Session> sessions = q.sessions().stream().map(schedule::session).flatMap(Optional::stream).toList();
        String heading = sessions.size() == 1 ? "The session \"" + q.title() + "\""
                : "Sessions titled \"" + q.title() + "\"";
        return new SessionListing(heading, cards.of(sessions), Optional.empty(), "", now);
    }

    /**
     * Whether two or more of the words are each found, but never together: "code of conduct" in one abstract's
     * "code" and another's "conducts" is no session about a code of conduct.
     */
    private boolean noSessionHasEvery(List<String> terms) {
        if (terms.size() < 2) {
            return false;
        }
        BitSet common = null;
        for (String term : terms) {
            int[] positions = index.search(List.of(term)).positions();
            if (positions.length == 0) {
                continue;
            }
            BitSet these = new BitSet();
            for (int position : positions) {
                these.set(position);
            }
            if (common == null) {
                common = these;
            } else {
                common.and(these);
                if (common.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private Answer unknownPerson(Question.UnknownPerson q, Instant now) {
        String phrase = String.join(" ", q.words());
        SearchIndex.Result found = index.search(q.words());
        // "who is jepsen": one word the schedule has exactly is a topic or a company, not a missing person.
        boolean topic = q.words().size() == 1 && found.substitutions().isEmpty() && found.unmatched().isEmpty();
        boolean exact = found.substitutions().isEmpty() && found.unmatched().isEmpty();
        if (!found.isEmpty() && (topic || q.mayBeTopic() && exact)) {
            return search(new Question.Search(phrase, q.words()), "", now);
        }
        List<String> suggestions = new ArrayList<>();
        q.closeNames().forEach(n -> suggestions.add("who is " + n + "?"));
        suggestions.add("speakers");
        return new NoMatch("I don't know anyone called \"" + phrase + "\" on this schedule. "
                + (q.closeNames().isEmpty() ? "Try:" : "Did you mean:"), suggestions);
    }

    private Answer level(Question.AtLevel q, Instant now) {
        List<String> levels = List.copyOf(sessionsByLevel.keySet());
        List<String> matching = levels.stream().filter(l -> l.equalsIgnoreCase(q.level())).toList();
        List<Session> sessions = matching.size() == 1 ? sessionsByLevel.get(matching.get(0))
                : schedule.sessions().stream()
                        .filter(s -> s.level().filter(l -> l.equalsIgnoreCase(q.level())).isPresent()).toList();
        String empty = levels.isEmpty() ? "This schedule does not give levels."
                : "No sessions are marked " + q.level() + ". Levels in this schedule: " + String.join(", ", levels) + ".";
        return new SessionListing(q.level() + " sessions", cards.of(sessions), Optional.empty(), empty, now);
    }

    private Answer topRated(Instant now) {
        return new SessionListing("Top rated sessions", cards.of(topRated), Optional.empty(),
                "This schedule has no ratings.", now);
    }

    private Answer rooms() {
        Map<Room, Long> counts = schedule.rooms().stream().collect(Collectors.toMap(Function.identity(),
                r -> (long) schedule.sessionsIn(r.id()).size(), (a, b) -> a,
                java.util.LinkedHashMap::new));
        return new NameListing("Rooms (" + counts.size() + ")", counts.entrySet().stream()
                .map(e -> new NameListing.Entry(e.getKey().name(), sessionsCount(e.getValue()))).toList());
    }

    private Answer tracks() {
        List<NameListing.Entry> entries = new ArrayList<>();
        for (Track track : schedule.tracks()) {
            long count = schedule.sessionsInTrack(track.id()).size();
            String hosts = track.hosts().stream().map(schedule::speaker).flatMap(Optional::stream).map(Speaker::name)
                    .collect(Collectors.joining(", "));
            entries.add(new NameListing.Entry(track.name(),
                    sessionsCount(count) + (hosts.isEmpty() ? "" : ", hosted by " + hosts)));
        }
        return new NameListing("Tracks (" + entries.size() + ")", entries);
    }

    private Answer conference() {
        Conference c = schedule.conference();
        return new ConferenceOverview(c.name(), c.tagline(), c.venue(), c.zone(), c.dates(), c.url(),
                schedule.tracks().stream().map(Track::name).toList(), schedule.rooms().size(),
                schedule.sessions().size(), schedule.speakers().size());
    }

    private Answer help() {
        return new HelpAnswer("I'm Emcee, the assistant for " + schedule.conference().name()
                + ". Ask me about the schedule.", examples);
    }

    private Answer notUnderstood(Question.NotUnderstood q, String asked) {
        List<String> names = q.suggestions().stream().map(name -> "who is " + name + "?").toList();
        String said = asked.isBlank() ? q.text() : asked;
        String message = said.isBlank() ? "Ask me about the schedule."
                : "I didn't understand " + CloseQuestions.quoted(said) + ".";
        return new NoMatch(message + " Try one of these, or \"help\":", closeQuestions.near(said, names));
    }

    private static String sessionsCount(long n) {
        return n + (n == 1 ? " session" : " sessions");
    }
}
