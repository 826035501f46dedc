package dev.emcee.core.question;

import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Speaker;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts right the typos of the few words every question is built on ("wat's nxt", "whats on tomorow"), so that they
 * do not fall into a topic search. A word of the schedule itself (a name, a title word) is never changed.
 */
final class KeywordTypos {
    /** Short words, where one edit is too loose a rule: only these common spellings. */
    private static final Map<String, String> SHORT = Map.ofEntries(
            Map.entry("wat", "what"), Map.entry("wut", "what"), Map.entry("wht", "what"), Map.entry("whta", "what"),
            Map.entry("waht", "what"), Map.entry("nxt", "next"), Map.entry("nex", "next"), Map.entry("nxet", "next"),
            Map.entry("enxt", "next"), Map.entry("netx", "next"), Map.entry("wen", "when"), Map.entry("whn", "when"),
            Map.entry("wehn", "when"), Map.entry("wher", "where"), Map.entry("whre", "where"),
            Map.entry("tmrw", "tomorrow"), Map.entry("tmr", "tomorrow"), Map.entry("tdy", "today"),
            Map.entry("nwo", "now"), Map.entry("noww", "now"));
    /** Longer keywords, matched within one edit (a letter wrong, missing, extra, or two swapped). */
    private static final List<String> LONG = List.of("where", "today", "tomorrow", "schedule", "agenda", "speakers",
            "speaker", "speaking", "sessions", "session", "happening", "upcoming", "morning", "afternoon", "evening",
            "tonight");
    private static final int LONG_FROM = 5;

    private final Set<String> scheduleWords;

    /** @param scheduleWords the words of the schedule's names and titles, left as they are */
    KeywordTypos(Set<String> scheduleWords) {
        this.scheduleWords = Set.copyOf(scheduleWords);
    }

    /** Corrections that leave every word of the schedule alone (names, titles, topics, abstracts). */
    static KeywordTypos of(Schedule schedule) {
        Set<String> words = new HashSet<>();
        schedule.rooms().forEach(r -> words.addAll(Words.tokens(r.name())));
        schedule.tracks().forEach(t -> words.addAll(Words.tokens(t.name())));
        for (Speaker speaker : schedule.speakers()) {
            words.addAll(Words.tokens(speaker.name()));
            speaker.affiliation().ifPresent(a -> words.addAll(Words.tokens(a)));
        }
        for (Session session : schedule.sessions()) {
            session.title().ifPresent(t -> words.addAll(Words.tokens(t)));
            session.topics().forEach(t -> words.addAll(Words.tokens(t)));
            words.addAll(Words.tokens(session.abstractText()));
        }
        return new KeywordTypos(words);
    }

    /** {@code normalized} with its keyword typos put right; the same string when there are none. */
    String correct(String normalized) {
        if (normalized.isEmpty()) {
            return normalized;
        }
        String[] words = normalized.split(" ");
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            String fixed = correctWord(words[i]);
            if (!fixed.equals(words[i])) {
                words[i] = fixed;
                changed = true;
            }
        }
        return changed ? String.join(" ", words) : normalized;
    }

    private String correctWord(String word) {
        if (scheduleWords.contains(word) || Words.isStopWord(word)) {
            return word;
        }
        String known = SHORT.get(word);
        if (known != null) {
            return known;
        }
        if (word.length() < LONG_FROM || LONG.contains(word)) {
            return word;
        }
        List<String> close = LONG.stream().filter(k -> withinOneEdit(word, k)).collect(Collectors.toList());
        return close.size() == 1 ? close.get(0) : word;
    }

    /** Whether {@code a} becomes {@code b} by one substitution, insertion, deletion or swap of neighbours. */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return a.equals(b);
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i))
                : a.substring(i).equals(b.substring(i + 1));
    }
}
