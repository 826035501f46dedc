package dev.emcee.core.question;

import dev.emcee.core.question.PhraseMatcher.Match;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.core.schedule.Track;
import dev.emcee.core.schedule.TrackId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands a normalized question ({@link QuestionText#normalize}) against one schedule's rooms, tracks,
 * people and companies. Built once per schedule; {@link #parse} is pure and never throws.
 */
public final class QuestionParser {
    private static final Pattern HELP = Pattern.compile(
            "^(?:help|h|\\?|commands?|usage|examples?|what can you do|what do you do|how does this work"
                    + "|how do i use (?:this|you)|what can i ask(?: you)?|who are you|what are you|start|menu)$");
    private static final Pattern NEXT = Pattern.compile(
            "\\b(?:next|up next|coming up|upcoming|after this|afterwards|what follows|later on|starts? soon"
                    + "|starting soon|soon)\\b");
    private static final Pattern NOW = Pattern.compile(
            "\\b(?:now|right now|currently|current|at the moment|atm|happening|going on|in progress|running)\\b");
    private static final Pattern JUST_ON = Pattern.compile("^(?:what is |anything )?on$");
    private static final Pattern ABOUT_CONFERENCE = Pattern.compile(
            "\\b(?:conference|event|venue|dates|held|location|address|city|where is it|when is it|when does it"
                    + " (?:start|end|begin|finish)|how long is it)\\b");
    private static final Pattern HOSTS = Pattern.compile("\\b(?:hosts?|hosting|hosted|chairs?|chairing|mc|moderat\\w*)\\b");
    private static final Pattern TOP_RATED = Pattern.compile(
            "\\b(?:top|best|highest|most popular|popular|favou?rites?|highly|well) ?rated\\b|\\btop (?:\\d+ )?"
                    + "(?:talks?|sessions?)\\b|\\bbest (?:talks?|sessions?)\\b|\\bhighest rated\\b|\\bmost popular\\b"
                    + "|\\bratings?\\b|^top$|^best$");
    private static final Pattern LIST_SPEAKERS = Pattern.compile(
            "^(?:who is|who are|who) (?:speaking|talking|presenting|the speakers|on stage)$"
                    + "|^(?:all |the |list (?:of |the |all )?)?(?:speakers|presenters|people|persons|speaker list)"
                    + "(?: list| are there)?$|^who speaks$");
    private static final Pattern LIST_ROOMS = Pattern.compile(
            "^(?:what|which|list|all|show)?(?: of)?(?: the| all)? ?(?:rooms|room list|stages|venues|locations)"
                    + "(?: are there| do you have| list)?$|^where are the (?:rooms|talks|sessions)$");
    private static final Pattern LIST_TRACKS = Pattern.compile(
            "^(?:what|which|list|all|show)?(?: of)?(?: the| all)? ?(?:tracks|track list|themes|streams)"
                    + "(?: are there| do you have| list)?$");
    private static final Pattern COMPANY = Pattern.compile(
            "\\b(?:who is|who are|who|anyone|anybody|someone|somebody|any ?one|speakers?|people|folks|talks?"
                    + "|sessions?|presentations?|presenters?|is there (?:anyone|anybody|someone))"
                    + " (?:from|at|of|with|working (?:at|for)|works (?:at|for)|employed by|representing)"
                    + " (?<company>.+)$|^(?<company2>.+?) (?:speakers|people|folks|employees|talks|sessions)$");
    private static final Pattern SESSIONS_WORD = Pattern.compile("\\b(?:talks?|sessions?|presentations?)\\b");
    private static final Pattern PERSON_TRIGGER = Pattern.compile(
            "^(?:who is|who are|who was|whois|about|info on|info about|information (?:on|about)|bio (?:of|for)"
                    + "|profile (?:of|for)|more about|details (?:on|about)) (?<name>.+)$"
                    + "|^(?:when|where|what time|at what time|in which room|which room)(?: and (?:where|when))?"
                    + " (?:is|does|will|do|are) (?<name2>.+?)(?: going to)?(?: be)?"
                    + " (?:speaking|speak|talking|talk|presenting|present|on|on stage|up|giving (?:a |the |their |"
                    + "his |her )?(?:talk|session)s?)$"
                    + "|^(?:when|where) is (?<name3>.+)$"
                    + "|^(?:is|does|will) (?<name4>.+?) (?:speaking|speak|talking|presenting|giving a talk)\\b.*$"
                    + "|^(?<name5>.+?) s (?:talk|session|presentation|slot)s?$"
                    + "|\\b(?:talks?|sessions?|presentations?) (?:by|from|of|with) (?<name6>.+)$");
    private static final Pattern LEVEL = Pattern.compile(
            "\\b(beginners?|beginner-friendly|introductory|intro|novices?|newbies?|entry level|intermediate"
                    + "|advanced|experts?|expert level|all levels)\\b");
    private static final Pattern AGENDA = Pattern.compile(
            "\\b(?:schedule|agenda|programme|program|lineup|line-up|timetable|itinerary|what is on|what is happening)\\b");

    /** Words with a role in questions; never taken as part of a room, track or company name on their own. */
    private static final Set<String> KEYWORDS = Set.of(
            "next", "now", "room", "rooms", "track", "tracks", "stage", "hall", "up", "coming", "upcoming", "soon",
            "later", "happening", "schedule", "agenda", "today", "tomorrow", "speaker", "speakers", "host", "hosts",
            "level", "rated", "rating", "top", "current", "currently", "going", "running", "progress", "moment");

    private final Schedule schedule;
    private final PhraseMatcher<RoomId> rooms = new PhraseMatcher<>(KEYWORDS);
    private final PhraseMatcher<TrackId> tracks = new PhraseMatcher<>(KEYWORDS);
    private final PhraseMatcher<String> companies = new PhraseMatcher<>(KEYWORDS);
    private final PersonMatcher people;
    private final WhenExpressions when;
    private final Set<String> nonNameWords;
    private final NamedReferences named;
    private final KeywordTypos typos;
    /** The sessions' levels as written, in order of first appearance. */
    private final List<String> levels;

    public QuestionParser(Schedule schedule) {
        this.schedule = schedule;
        for (Room room : schedule.rooms()) {
            rooms.add(room.id(), room.name());
            rooms.add(room.id(), room.id().value());
        }
        for (Track track : schedule.tracks()) {
            tracks.add(track.id(), track.name());
        }
        for (Speaker speaker : schedule.speakers()) {
            speaker.affiliation().ifPresent(a -> companies.add(a, a));
        }
        this.people = new PersonMatcher(schedule.speakers());
        this.when = new WhenExpressions(defaultYear(schedule));
        this.nonNameWords = new LinkedHashSet<>(KEYWORDS);
        for (Room room : schedule.rooms()) {
            nonNameWords.addAll(Words.tokens(room.name()));
        }
        for (Track track : schedule.tracks()) {
            nonNameWords.addAll(Words.tokens(track.name()));
        }
        this.typos = KeywordTypos.of(schedule);
        this.named = new NamedReferences(schedule, people, KEYWORDS, words -> tracks.find(words).isPresent());
        this.levels = schedule.sessions().stream().map(Session::level).flatMap(Optional::stream).distinct().toList();
    }

    /** The schedule this parser understands questions about. */
    public Schedule schedule() {
        return schedule;
    }

    /** Understands {@code question}, already normalized. */
    public Question parse(String question) {
        String q = typos.correct(question.strip());
        if (q.isEmpty() || HELP.matcher(q).matches()) {
            return new Question.Help();
        }
        WhenExpressions.Found found = when.find(q);
        String rest = found.rest();
        List<String> tokens = Words.tokens(rest);
        Optional<Match<RoomId>> room = rooms.find(tokens);
        if (room.isEmpty()) {
            Optional<Question> noSuchRoom = named.roomNotOnSchedule(rest);
            if (noSuchRoom.isPresent()) {
                return noSuchRoom.get();
            }
        }
        Optional<Match<TrackId>> track = room.isPresent() ? Optional.empty() : tracks.find(tokens);
        if (room.isPresent() && room.get().isAmbiguous()) {
            return new Question.Ambiguous("Which room do you mean?",
                    room.get().candidates().stream().map(schedule::roomName).toList());
        }
        if (track.isPresent() && track.get().isAmbiguous() && !HOSTS.matcher(rest).find()) {
            return new Question.Ambiguous("Which track do you mean?", track.get().candidates().stream()
                    .map(id -> schedule.track(id).map(Track::name).orElse(id.value())).toList());
        }
        Scope scope = room.<Scope>map(m -> new Scope.InRoom(m.single()))
                .or(() -> track.filter(m -> !m.isAmbiguous()).map(m -> new Scope.InTrack(m.single())))
                .orElse(Scope.everywhere());

        Optional<Question> after = named.after(rest);
        if (after.isPresent()) {
            return after.get();
        }
        if (NEXT.matcher(rest).find()) {
            return new Question.Next(scope);
        }
        boolean justOn = JUST_ON.matcher(rest).matches() && found.day().isEmpty();
        if ((NOW.matcher(rest).find() || justOn) && found.time().isEmpty()) {
            return new Question.Now(scope);
        }
        if (found.time().isPresent()) {
            return new Question.At(found.day(), found.time().get(), scope);
        }
        return parseTopic(q, rest, tokens, found, scope, track);
    }

    private Question parseTopic(String q, String rest, List<String> tokens, WhenExpressions.Found found, Scope scope,
            Optional<Match<TrackId>> track) {
        if (LIST_SPEAKERS.matcher(rest).matches()) {
            return new Question.ListSpeakers();
        }
        if (LIST_ROOMS.matcher(rest).matches()) {
            return new Question.ListRooms();
        }
        if (LIST_TRACKS.matcher(rest).matches()) {
            return new Question.ListTracks();
        }
        if (HOSTS.matcher(rest).find()) {
            if (track.isPresent() && track.get().isAmbiguous()) {
                return new Question.TrackHosts(Optional.empty());
            }
            return new Question.TrackHosts(track.map(Match::single));
        }
        if (scope instanceof Scope.Everywhere && found.day().isEmpty() && isAboutConference(rest, tokens)) {
            return aboutConference(tokens);
        }
        if (TOP_RATED.matcher(rest).find()) {
            return new Question.TopRated();
        }
        Optional<Question> company = company(rest);
        if (company.isPresent()) {
            return company.get();
        }
        Optional<Question> person = personByTrigger(rest);
        if (person.isPresent()) {
            return person.get();
        }
        Matcher level = LEVEL.matcher(rest);
        if (level.find() && contentWords(tokens, Words.tokens(level.group(1))).isEmpty()) {
            return new Question.AtLevel(canonicalLevel(level.group(1)));
        }
        if (found.day().isPresent()) {
            return new Question.Agenda(found.day(), scope);
        }
        if (!(scope instanceof Scope.Everywhere)) {
            return new Question.Agenda(Optional.empty(), scope);
        }
        Optional<Question> bareName = personWithoutTrigger(tokens);
        if (bareName.isPresent()) {
            return bareName.get();
        }
        List<String> terms = contentWords(tokens, List.of());
        if (terms.isEmpty() && AGENDA.matcher(rest).find()) {
            return new Question.Agenda(Optional.empty(), scope);
        }
        if (!terms.isEmpty()) {
            return new Question.Search(String.join(" ", terms), terms);
        }
        return new Question.NotUnderstood(q, people.closeNames(tokens, 3));
    }

    private boolean isAboutConference(String rest, List<String> tokens) {
        Set<String> nameWords = new LinkedHashSet<>(Words.tokens(schedule.conference().name()));
        nameWords.removeIf(w -> w.length() < 4 || w.chars().allMatch(Character::isDigit));
        boolean namesIt = tokens.stream().anyMatch(nameWords::contains);
        if (!ABOUT_CONFERENCE.matcher(rest).find() && !namesIt) {
            return false;
        }
        Set<String> allowed = Set.of("conference", "event", "venue", "date", "dates", "held", "location", "address",
                "city", "where", "when", "start", "starts", "end", "ends", "begin", "begins", "finish", "long",
                "info", "information", "details", "about", "it", "this", "year", "day", "days");
        return tokens.stream().allMatch(t -> Words.isStopWord(t) || allowed.contains(t) || nameWords.contains(t));
    }

    /** One fact when only one is asked for ("where is it", "when does it end"), else the whole overview. */
    private static Question aboutConference(List<String> tokens) {
        boolean where = tokens.stream().anyMatch(Set.of("where", "venue", "location", "address", "city")::contains);
        boolean when = tokens.stream().anyMatch(Set.of("when", "date", "dates", "long", "day", "days")::contains);
        boolean ends = tokens.stream().anyMatch(Set.of("end", "ends", "finish", "finishes", "over")::contains);
        boolean starts = tokens.stream().anyMatch(Set.of("start", "starts", "begin", "begins")::contains);
        if (where && !when && !ends && !starts) {
            return new Question.ConferenceFact(Question.ConferenceFact.Fact.PLACE);
        }
        if (!where && ends != starts) {
            return new Question.ConferenceFact(ends ? Question.ConferenceFact.Fact.END
                    : Question.ConferenceFact.Fact.START);
        }
        return new Question.AboutConference();
    }

    private Optional<Question> company(String rest) {
        Matcher m = COMPANY.matcher(rest);
        if (!m.find() || companies.isEmpty()) {
            return Optional.empty();
        }
        String span = m.group("company") != null ? m.group("company") : m.group("company2");
        Optional<Match<String>> match = companies.find(Words.tokens(span));
        if (match.isEmpty()) {
            return named.companyNotOnSchedule(rest);
        }
        if (match.get().isAmbiguous()) {
            return Optional.of(new Question.Ambiguous("Which company do you mean?", match.get().candidates()));
        }
        boolean sessions = SESSIONS_WORD.matcher(rest).find();
        return Optional.of(new Question.FromCompany(match.get().single(), sessions));
    }

    private Optional<Question> personByTrigger(String rest) {
        Matcher m = PERSON_TRIGGER.matcher(rest);
        if (!m.find()) {
            return Optional.empty();
        }
        String span = firstGroup(m, "name", "name2", "name3", "name4", "name5", "name6");
        List<String> words = Words.tokens(span).stream().filter(w -> !Words.isStopWord(w) && !w.equals("s")).toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Optional<Question> person = resolvePerson(words);
        if (person.isEmpty() && m.group("name") != null && rest.startsWith("who")) {
            return Optional.of(new Question.UnknownPerson(words, people.closeNames(words, 3)));
        }
        return person;
    }

    private Optional<Question> personWithoutTrigger(List<String> tokens) {
        List<String> nameWords = tokens.stream().filter(t -> people.isNameWord(t, nonNameWords)).toList();
        if (nameWords.isEmpty()) {
            return Optional.empty();
        }
        List<String> others = contentWords(tokens, nameWords);
        if (others.size() > 2) {
            return Optional.empty();
        }
        return resolvePerson(nameWords);
    }

    private Optional<Question> resolvePerson(List<String> words) {
        List<PersonMatcher.Scored> matches = people.match(words);
        if (matches.size() == 1) {
            return Optional.of(new Question.AboutPerson(matches.get(0).speaker().id()));
        }
        if (matches.size() > 1) {
            return Optional.of(new Question.Ambiguous("Which person do you mean?",
                    matches.stream().map(s -> s.speaker().nameWithAffiliation()).limit(10).toList()));
        }
        return Optional.empty();
    }

    private static List<String> contentWords(List<String> tokens, List<String> without) {
        List<String> out = new ArrayList<>();
        for (String token : tokens) {
            if (!Words.isStopWord(token) && !KEYWORDS.contains(token) && !without.contains(token)
                    && !AGENDA_WORDS.contains(token)) {
                out.add(token);
            }
        }
        return out;
    }

    private static final Set<String> AGENDA_WORDS = Set.of("schedule", "agenda", "programme", "program", "lineup",
            "line", "timetable", "itinerary", "happening", "on", "day");

    private String canonicalLevel(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String level = w.startsWith("intermediate") ? "intermediate"
                : w.startsWith("advanced") || w.startsWith("expert") ? "advanced"
                : w.startsWith("all") ? "all levels" : "beginner";
        return levels.stream()
                .filter(l -> l.toLowerCase(Locale.ROOT).startsWith(level.substring(0, 5)))
                .findFirst().orElse(level.substring(0, 1).toUpperCase(Locale.ROOT) + level.substring(1));
    }

    private static String firstGroup(Matcher m, String... names) {
        for (String name : names) {
            if (m.group(name) != null) {
                return m.group(name);
            }
        }
        return "";
    }

    /** The year dates without a year are read in: the year of the first session. */
    static int defaultYear(Schedule schedule) {
        return schedule.sessions().isEmpty() ? LocalDate.EPOCH.getYear()
                : schedule.sessions().get(0).start().atZone(schedule.zone()).getYear();
    }
}
