package dev.emcee.core.question;

import dev.emcee.core.answer.SessionLabels;
import dev.emcee.core.answer.TimeTexts;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.core.schedule.Track;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the session a person means by a few words: a speaker ("Kyle Kingsbury's talk", "kingsbury"), a company
 * ("the Netflix talk"), words of the title or topic, a start time ("the 3:40 talk"), or a label Emcee showed.
 *
 * <p>Every word must be found in what is known of a session (title or label, topics, track, speakers and their
 * companies, room, day and time); when no session has them all, speakers' names are matched loosely (typos).
 * Built once per schedule; pure.
 */
final class SessionFinder {
    private static final Pattern TIME = Pattern.compile("\\b(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?![\\p{Alnum}:])");
    /** Words that only say "a session" and never narrow it down. */
    private static final Set<String> FILLER = Set.of("talk", "talks", "session", "sessions", "one", "presentation",
            "keynote", "workshop", "slot", "panel", "s", "thing", "please", "agenda", "schedule", "bookmarks", "list",
            "calendar", "reminder", "reminders", "am", "pm");

    /**
     * A session with the numbers of its words, sorted: ten thousand sessions of thirty words each held as sets of
     * strings took 26 MB; as numbers of one shared vocabulary, about 1 MB.
     */
    private record Indexed(Session session, String label, int[] words, LocalTime start) {
        boolean has(int word) {
            return word >= 0 && Arrays.binarySearch(words, word) >= 0;
        }
    }

    private final Schedule schedule;
    private final List<Indexed> sessions = new ArrayList<>();
    /** Every word of every session, numbered. */
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final PersonMatcher people;

    SessionFinder(Schedule schedule) {
        this.schedule = schedule;
        this.people = new PersonMatcher(schedule.speakers());
        for (Session session : schedule.sessions()) {
            String label = SessionLabels.label(session, schedule);
            Set<String> words = new HashSet<>(Words.tokens(label));
            session.title().ifPresent(t -> words.addAll(Words.tokens(t)));
            session.topics().forEach(t -> words.addAll(Words.tokens(t)));
            session.level().ifPresent(l -> words.addAll(Words.tokens(l)));
            session.track().flatMap(schedule::track).map(Track::name).ifPresent(t -> words.addAll(Words.tokens(t)));
            for (Speaker speaker : schedule.speakersOf(session)) {
                words.addAll(Words.tokens(speaker.name()));
                speaker.affiliation().ifPresent(a -> words.addAll(Words.tokens(a)));
            }
            words.addAll(Words.tokens(schedule.roomName(session.room())));
            words.addAll(Words.tokens(session.id().value()));
            words.addAll(Words.tokens(whenAndWhere(session)));
            words.add(session.kind().key());
            Set<String> stems = new HashSet<>();
            words.forEach(w -> stems.add(Words.stem(w)));
            words.addAll(stems);
            int[] ids = words.stream().mapToInt(w -> vocabulary.computeIfAbsent(w, k -> vocabulary.size()))
                    .sorted().toArray();
            sessions.add(new Indexed(session, label, ids, session.start().atZone(schedule.zone()).toLocalTime()));
        }
    }

    /** What the words found. */
    sealed interface Found {
    }

    /** Exactly one session. */
    record One(Session session) implements Found {
    }

    /** Several sessions fit equally well: their descriptions, to ask which. */
    record Several(List<String> descriptions) implements Found {
    }

    /** Nothing fits; close speaker names, if any, to suggest. */
    record None(List<String> closeNames) implements Found {
    }

    /** The session meant by {@code phrase} (already normalized). */
    Found find(String phrase) {
        Optional<LocalTime> time = time(phrase);
        String withoutTime = TIME.matcher(phrase).replaceAll(" ");
        List<String> words = Words.tokens(withoutTime).stream()
                .filter(w -> !Words.isStopWord(w) && !FILLER.contains(w)).toList();
        int[] ids = words.stream().mapToInt(w -> vocabulary.getOrDefault(w, -1)).toArray();
        int[] stems = words.stream().mapToInt(w -> vocabulary.getOrDefault(Words.stem(w), -1)).toArray();
        List<Indexed> candidates = sessions.stream()
                .filter(s -> time.isEmpty() || s.start().equals(time.get()))
                .filter(s -> hasAll(s, ids, stems))
                .toList();
        if (words.isEmpty() && time.isEmpty()) {
            return new None(List.of());
        }
        if (candidates.isEmpty() && !words.isEmpty()) {
            candidates = bySpeakerName(words, time);
        }
        if (candidates.isEmpty()) {
            return new None(people.closeNames(words, 3));
        }
        if (candidates.size() == 1) {
            return new One(candidates.get(0).session());
        }
        String key = Words.key(withoutTime);
        for (Indexed candidate : candidates) {
            if (Words.key(candidate.label()).equals(key)) {
                return new One(candidate.session());
            }
        }
        return new Several(candidates.stream().limit(10).map(c -> describe(c.session(), c.label())).toList());
    }

    /** Whether the session has every word, as typed or as its stem. */
    private static boolean hasAll(Indexed session, int[] words, int[] stems) {
        for (int i = 0; i < words.length; i++) {
            if (!session.has(words[i]) && !session.has(stems[i])) {
                return false;
            }
        }
        return true;
    }

    private List<Indexed> bySpeakerName(List<String> words, Optional<LocalTime> time) {
        Set<Speaker> speakers = new LinkedHashSet<>();
        people.match(words).forEach(s -> speakers.add(s.speaker()));
        return sessions.stream()
                .filter(s -> time.isEmpty() || s.start().equals(time.get()))
                .filter(s -> schedule.speakersOf(s.session()).stream().anyMatch(speakers::contains))
                .toList();
    }

    /** "Sean Allen on Distributed State (Thu Jun 14, 11:25am–12:05pm PDT, LL21 A/B)". */
    private String describe(Session session, String label) {
        return label + " (" + whenAndWhere(session) + ")";
    }

    private String whenAndWhere(Session session) {
        return TimeTexts.dayAndRange(session.start(), session.end(), schedule.zone()) + ", "
                + schedule.roomName(session.room());
    }

    /** A start time in the words: "3:40", "3:40pm", "15:40"; hours 1 to 7 without am/pm are afternoon. */
    private static Optional<LocalTime> time(String phrase) {
        Matcher m = TIME.matcher(phrase);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            String half = m.group(3);
            if (m.group(2) == null && half == null || hour > 23 || minute > 59) {
                continue; // a bare number is not a time
            }
            if (half != null && half.startsWith("p") && hour < 12 || half == null && hour >= 1 && hour <= 7) {
                hour += 12;
            } else if (half != null && half.startsWith("a") && hour == 12) {
                hour = 0;
            }
            return Optional.of(LocalTime.of(hour % 24, minute));
        }
        return Optional.empty();
    }
}
