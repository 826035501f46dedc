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
            "\\b(?:now|right now|rn|rite now|currently|current|at the moment|atm|happening|going on|in progress|running)\\b");
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
    /** "who is talking about rust": a topic, not a name, follows. */
    private static final Pattern TOPICAL = Pattern.compile("\\b(?:about|regarding|on the topic of)\\b|^on\\b");
    /** "who is from red hat": a company, not a name, follows. */
    private static final Pattern COMPANY_WORDS = Pattern.compile("(?:from|at|with|of|working|works|employed) ");
    /** "when is X speaking": the question is about a person. */
    private static final Pattern SPEAKING = Pattern.compile("\\b(?:speaking|speak|talking|presenting|present|giving)\\b");
    private static final Pattern LEVEL = Pattern.compile(
            "\\b(beginners?|beginner-friendly|introductory|intro|novices?|newbies?|newcomers?|entry level|intermediate"
                    + "|no experience(?: necessary| needed| required)?"
                    + "|advanced|experts?|expert level|all levels)\\b");
    private static final Pattern AGENDA = Pattern.compile(
            "\\b(?:schedule|agenda|programme|program|lineup|line-up|timetable|itinerary|what is on|what is happening)\\b");

    /** A room name written the FOSDEM way: "D.postgresql" (a devroom), "S.kde" (a stand). */
    private static final Pattern KIND_DOT_NAME = Pattern.compile("([A-Z])\\.(\\p{L}[\\p{L}\\p{N}.\\-]*)");

    /** "room 101", "hall b", "saal 1", "the janson room": a place named as one, to tell when it is not on the schedule. */
    private static final Pattern NAMED_ROOM = Pattern.compile(
            "\\b(?:room|hall|stage|saal|auditorium|devroom)\\s+(?<after>[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]*)"
                    + "|\\b(?:in|at) (?:the )?(?<before>[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]*) (?:room|hall|stage|devroom|stand)\\b");
    /** "next in janson", "on now at k.1.105": the place at the end of a question about what is on. */
    private static final Pattern PLACE_AT_END = Pattern.compile(
            "\\b(?:next|now|on|up|happening) (?:in|at) (?:the )?(?<place>[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]*)$");
    /** Rooms in a schedule this small are all offered when a named one is not on it. */
    private static final int FEW_ROOMS = 12;
    /** "rm 7", "rm. 7": room. */
    private static final Pattern ROOM_ABBREVIATION = Pattern.compile("\\brm\\b\\.?");

    /** Words with a role in questions; never taken as part of a room, track or company name on their own. */
    private static final Set<String> KEYWORDS = Set.of(
            "next", "now", "room", "rooms", "track", "tracks", "stage", "hall", "up", "coming", "upcoming", "soon",
            "later", "happening", "schedule", "agenda", "today", "tomorrow", "speaker", "speakers", "host", "hosts",
            "level", "rated", "rating", "top", "current", "currently", "going", "running", "progress", "moment", "rn");

    private final Schedule schedule;
    /** Words just before a single word that make it a place or a track: "in one", "at the fuse". */
    private static final Set<String> CUES_BEFORE = Set.of("in", "at", "the", "room", "rm", "stage", "hall", "inside",
            "near", "saal", "track");
    /** Words just after a single word that make it a place or a track: "the python devroom", "fuse stage". */
    private static final Set<String> CUES_AFTER = Set.of("room", "rm", "stage", "hall", "devroom", "stand", "area",
            "track", "tracks", "schedule", "agenda", "program", "programme", "lineup", "talks", "sessions",
            "today", "tomorrow");

    private final PhraseMatcher<RoomId> rooms = new PhraseMatcher<>(KEYWORDS, CUES_BEFORE, CUES_AFTER);
    private final PhraseMatcher<TrackId> tracks = new PhraseMatcher<>(KEYWORDS, CUES_BEFORE, CUES_AFTER);
    private final PhraseMatcher<String> companies = new PhraseMatcher<>(KEYWORDS);
    private final PersonMatcher people;
    private final SessionTitles titles;
    private final WhenExpressions when;
    private final Set<String> nonNameWords;
    private final NamedReferences named;
    private final KeywordTypos typos;
    private final ListEndPhrases ends;
    /** The sessions' levels as written, in order of first appearance. */
    private final List<String> levels;

    public QuestionParser(Schedule schedule) {
        this.schedule = schedule;
        for (Room room : schedule.rooms()) {
            rooms.add(room.id(), room.name());
            rooms.add(room.id(), room.id().value());
            addIfOther(rooms, room.id(), room.name(), Words.withoutUmlauts(room.name()));
            spokenNames(room.name()).forEach(name -> rooms.add(room.id(), name));
        }
        for (Track track : schedule.tracks()) {
            tracks.add(track.id(), track.name());
            addIfOther(tracks, track.id(), track.name(), Words.withoutUmlauts(track.name()));
        }
        for (Speaker speaker : schedule.speakers()) {
            speaker.affiliation().ifPresent(a -> companies.add(a, a));
        }
        this.people = new PersonMatcher(schedule.speakers());
        Set<String> notTitles = new java.util.HashSet<>();
        schedule.rooms().forEach(r -> notTitles.add(Words.key(r.name())));
        schedule.tracks().forEach(t -> notTitles.add(Words.key(t.name())));
        schedule.speakers().forEach(p -> notTitles.add(Words.key(p.name())));
        this.titles = new SessionTitles(schedule, notTitles);
        this.when = new WhenExpressions(defaultYear(schedule));
        this.nonNameWords = new LinkedHashSet<>(KEYWORDS);
        for (Room room : schedule.rooms()) {
            nonNameWords.addAll(Words.tokens(room.name()));
        }
        for (Track track : schedule.tracks()) {
            nonNameWords.addAll(Words.tokens(track.name()));
        }
        // Question words that resemble names ("time" a Tim) are never taken for one without "who is".
        nonNameWords.addAll(List.of("time", "times", "timing", "start", "starts", "begin", "ends", "where", "when"));
        this.typos = KeywordTypos.of(schedule);
        this.ends = new ListEndPhrases(schedule, KEYWORDS);
        this.named = new NamedReferences(schedule, people, KEYWORDS, words -> tracks.find(words).isPresent());
        this.levels = schedule.sessions().stream().map(Session::level).flatMap(Optional::stream).distinct().toList();
    }

    /**
     * The names people say for a room written the FOSDEM way, a letter for its kind before a dot: "D.postgresql"
     * is "the postgresql devroom", "S.kde" "the kde stand".
     */
    static List<String> spokenNames(String roomName) {
        Matcher m = KIND_DOT_NAME.matcher(roomName);
        if (!m.matches()) {
            return List.of();
        }
        String name = m.group(2).replace('.', ' ');
        return switch (m.group(1)) {
            case "D" -> List.of(name + " devroom", name + " dev room", name + " room");
            case "S" -> List.of(name + " stand", name + " booth");
            default -> List.of();
        };
    }

    /** Adds {@code other} as a further name of {@code thing} when it is not just {@code name}. */
    private static <T> void addIfOther(PhraseMatcher<T> matcher, T thing, String name, String other) {
        if (!other.equals(name)) {
            matcher.add(thing, other);
        }
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
        Optional<SessionTitles.Titled> titled = titles.find(q);
        // "the keynote" names a part of several titles ("Keynote: ..."): picking one of them comes first.
        boolean pickFirst = titled.filter(t -> t.sessions().size() > 1).isPresent() && ends.mayPick(q);
        if (titled.isPresent() && !pickFirst) {
            return new Question.Titled(titled.get().title(), titled.get().sessions());
        }
        WhenExpressions.Found found = when.find(ROOM_ABBREVIATION.matcher(q).replaceAll("room"));
        String rest = found.rest();
        List<String> tokens = Words.tokens(rest);
        Optional<Match<RoomId>> roomNamed = rooms.find(tokens);
        Optional<Match<TrackId>> trackNamedAlike = trackNamedAlike(roomNamed, tokens);
        Optional<Match<RoomId>> room = trackNamedAlike.isPresent() ? Optional.empty() : roomNamed;
        if (room.isEmpty()) {
            Optional<Question> noSuchRoom = named.roomNotOnSchedule(rest);
            if (noSuchRoom.isPresent()) {
                return noSuchRoom.get();
            }
        }
        Optional<Match<TrackId>> track = room.isPresent() ? Optional.empty()
                : trackNamedAlike.or(() -> tracks.find(tokens));
        if (room.isPresent() && room.get().isAmbiguous()) {
            return new Question.Ambiguous("Which room do you mean?",
                    room.get().candidates().stream().map(schedule::roomName).toList());
        }
        if (track.isPresent() && track.get().isAmbiguous() && !HOSTS.matcher(rest).find()) {
            return new Question.Ambiguous("Which track do you mean?", track.get().candidates().stream()
                    .map(id -> schedule.track(id).map(Track::name).orElse(id.value())).toList());
        }
        if (room.isEmpty() && track.isEmpty()) {
            Optional<String> unknown = unknownRoom(rest, found.time().isPresent() || found.day().isPresent());
            if (unknown.isPresent()) {
                return new Question.UnknownRoom(unknown.get(), roomsLike(unknown.get()));
            }
        }
        Scope scope = room.<Scope>map(m -> new Scope.InRoom(m.single()))
                .or(() -> track.filter(m -> !m.isAmbiguous()).map(m -> new Scope.InTrack(m.single())))
                .orElse(Scope.everywhere());

        Optional<Question> pick = found.time().isPresent() ? Optional.empty()
                : ends.recognize(rest, outside(tokens, room.map(m -> new int[] {m.from(), m.to()})
                        .or(() -> track.map(m -> new int[] {m.from(), m.to()}))), found.day(), scope);
        if (pick.isPresent() || pickFirst) {
            return pick.orElseGet(() -> new Question.Titled(titled.get().title(), titled.get().sessions()));
        }
        boolean afterLunch = found.time().filter(t -> t instanceof TimeRef.During d
                && d.part() == TimeRef.PartOfDay.AFTER_LUNCH).isPresent();
        Optional<Question> after = afterLunch ? Optional.empty() : named.after(rest);
        if (after.isPresent()) {
            return after.get();
        }
        if (NEXT.matcher(rest).find() && !afterLunch) {
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

    /**
     * The track a word two rooms share means when it is the track's whole name: "the postgresql schedule" on FOSDEM
     * (rooms D.postgresql and S.postgresql, track PostgreSQL) is the track, not "which room?".
     */
    private Optional<Match<TrackId>> trackNamedAlike(Optional<Match<RoomId>> room, List<String> tokens) {
        return room.filter(Match::isAmbiguous).flatMap(r -> tracks.find(tokens)
                .filter(t -> !t.isAmbiguous() && t.exact() && t.from() == r.from() && t.to() == r.to()));
    }

    /** The tokens outside the span {@code [from, to)} of a room or track named, if any. */
    private static List<String> outside(List<String> tokens, Optional<int[]> span) {
        if (span.isEmpty()) {
            return tokens;
        }
        List<String> out = new ArrayList<>(tokens.subList(0, span.get()[0]));
        out.addAll(tokens.subList(span.get()[1], tokens.size()));
        return out;
    }

    /**
     * A room the question names that the schedule does not have (rooms and tracks were looked for already):
     * "room 101", "the janson room", and "next in janson" or "what's on now at k.1.105", where nothing else fits.
     */
    private Optional<String> unknownRoom(String rest, boolean timed) {
        Matcher named = NAMED_ROOM.matcher(rest);
        while (named.find()) {
            String word = named.group("after") != null ? named.group("after") : named.group("before");
            if (isPlaceWord(word)) {
                return Optional.of(named.group().replaceFirst("^(?:in|at) (?:the )?", ""));
            }
        }
        Matcher atEnd = PLACE_AT_END.matcher(rest);
        if (atEnd.find() && (timed || NEXT.matcher(rest).find() || NOW.matcher(rest).find()
                || JUST_ON.matcher(rest.substring(0, atEnd.start("place")).replaceFirst(" (?:in|at) (?:the )?$", ""))
                        .matches()) && isPlaceWord(atEnd.group("place"))
                && !people.isNameWord(atEnd.group("place"), Set.of())
                && companies.find(List.of(atEnd.group("place"))).isEmpty()) {
            return Optional.of(atEnd.group("place"));
        }
        return Optional.empty();
    }

    private static boolean isPlaceWord(String word) {
        return !Words.isStopWord(word) && !KEYWORDS.contains(word) && !AGENDA_WORDS.contains(word)
                && !Set.of("general", "person", "total", "all", "my", "a", "full").contains(word);
    }

    /** The rooms to offer for one that is not on the schedule: all when few, else those that resemble it. */
    private List<String> roomsLike(String name) {
        List<String> all = schedule.rooms().stream().map(Room::name).toList();
        if (all.size() <= FEW_ROOMS) {
            return all;
        }
        String key = Words.key(name);
        String digits = key.replaceAll("\\D", "");
        org.apache.commons.text.similarity.LevenshteinDistance distance =
                new org.apache.commons.text.similarity.LevenshteinDistance(2);
        return all.stream().filter(r -> {
            String roomKey = Words.key(r);
            return distance.apply(key, roomKey) >= 0 || !digits.isEmpty() && roomKey.replaceAll("\\D", "").equals(digits);
        }).limit(FEW_ROOMS).toList();
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
        Optional<String> named = levels.stream()
                .filter(l -> Words.tokens(l).size() > 1 && (" " + rest + " ").contains(" " + Words.fold(l) + " "))
                .findFirst();
        if (named.isPresent() && contentWords(tokens, Words.tokens(named.get())).isEmpty()) {
            return new Question.AtLevel(named.get());
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
        return new Question.NotUnderstood(q, closeNames(tokens));
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
        if (person.isPresent()) {
            return person;
        }
        boolean topical = TOPICAL.matcher(span).find();
        boolean asksWho = m.group("name") != null && rest.startsWith("who");
        boolean asksWhenSpeaking = (m.group("name2") != null || m.group("name4") != null)
                && SPEAKING.matcher(rest).find() && !topical;
        boolean asksBy = m.group("name6") != null && rest.contains(" by ");
        if (asksWho && topical) {
            return Optional.of(new Question.Search(String.join(" ", words), words));
        }
        if (asksWho || asksWhenSpeaking || asksBy) {
            boolean company = COMPANY_WORDS.matcher(span).lookingAt();
            return Optional.of(new Question.UnknownPerson(words, company ? List.of() : closeNames(words), company));
        }
        return Optional.empty();
    }

    /** Speakers' names that {@code words} could be with a typo more than a match allows: "did you mean". */
    private List<String> closeNames(List<String> words) {
        return people.closeNames(words, 10).stream().filter(name -> NameTypos.couldBe(words, name, 1)).limit(3)
                .toList();
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
        // A similarity score finds "Peter Eisentraut" for "peter eisenberg"; only names a typo away are meant.
        List<PersonMatcher.Scored> matches = people.match(words).stream()
                .filter(s -> NameTypos.couldBe(words, s.speaker().name(), 0)).toList();
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
        String grade = grade(word).orElse("beginner");
        return levels.stream()
                .filter(l -> grade(l).filter(grade::equals).isPresent())
                .findFirst().orElse(grade.substring(0, 1).toUpperCase(Locale.ROOT) + grade.substring(1));
    }

    /**
     * The grade a level's words say, however a schedule words it: "No experience necessary" and "Introductory" are
     * beginner, "Mostly intermediate" intermediate, "Expert" advanced.
     */
    static Optional<String> grade(String level) {
        String l = Words.fold(level);
        if (l.matches(".*\\b(?:all levels?|any level|everyone|all)\\b.*")) {
            return Optional.of("all levels");
        }
        if (l.matches(".*\\b(?:beginners?|beginner-friendly|introductory|intro|novices?|newbies?|newcomers?|entry"
                + "|basics?|basic|starters?|foundations?|no (?:prior )?experience|101)\\b.*")) {
            return Optional.of("beginner");
        }
        if (l.matches(".*\\b(?:intermediate|medium|moderate|some experience)\\b.*")) {
            return Optional.of("intermediate");
        }
        if (l.matches(".*\\b(?:advanced|experts?|expert level|deep dive|experienced)\\b.*")) {
            return Optional.of("advanced");
        }
        return Optional.empty();
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
