package dev.emcee.core.answering;

import dev.emcee.core.question.Words;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The index as it was before its arrays (maps, a full sort), to check the new one against. An inverted index of the words of every session (title, topics, track, speakers and their companies, abstract),
 * stemmed, with weights so that a match in a title or topic ranks above one in an abstract.
 *
 * <p>A word not in the index is looked up with typo tolerance ("sandbxing") and as a prefix ("authoriz").
 */
final class ReferenceSearchIndex {
    private static final int TITLE = 5;
    private static final int TOPIC = 4;
    private static final int PEOPLE = 3;
    private static final int TRACK = 2;
    private static final int ABSTRACT = 1;

    private final Schedule schedule;
    private final Map<String, Map<SessionId, Integer>> postings = new HashMap<>();
    private final TreeSet<String> vocabulary = new TreeSet<>();

    /** The sessions found, best first, and the index words used in place of words that were not found. */
    record Result(List<Session> sessions, Map<String, List<String>> substitutions, List<String> unmatched) {
    }

    ReferenceSearchIndex(Schedule schedule) {
        this.schedule = schedule;
        for (Session session : schedule.sessions()) {
            session.title().ifPresent(t -> add(session, t, TITLE));
            session.topics().forEach(t -> add(session, t, TOPIC));
            session.track().flatMap(schedule::track).ifPresent(t -> add(session, t.name(), TRACK));
            for (Speaker speaker : schedule.speakersOf(session)) {
                add(session, speaker.name(), PEOPLE);
                speaker.affiliation().ifPresent(a -> add(session, a, PEOPLE));
            }
            add(session, session.abstractText(), ABSTRACT);
            add(session, session.kind().key(), ABSTRACT);
        }
    }

    private void add(Session session, String text, int weight) {
        for (String token : Words.tokens(text)) {
            if (Words.isStopWord(token) || token.length() < 2) {
                continue;
            }
            String stem = Words.stem(token);
            postings.computeIfAbsent(stem, k -> new HashMap<>()).merge(session.id(), weight, Math::max);
            vocabulary.add(stem);
        }
    }

    /** Sessions matching the terms: those matching every term first, then those matching most, best weight first. */
    Result search(List<String> terms) {
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        Map<SessionId, int[]> scores = new HashMap<>();
        for (String term : terms) {
            String stem = Words.stem(term);
            List<String> keys = postings.containsKey(stem) ? List.of(stem) : closeWords(stem);
            if (keys.isEmpty()) {
                unmatched.add(term);
                continue;
            }
            if (!keys.get(0).equals(stem)) {
                substitutions.put(term, keys);
            }
            Map<SessionId, Integer> best = new HashMap<>();
            for (String key : keys) {
                postings.get(key).forEach((id, w) -> best.merge(id, w, Math::max));
            }
            best.forEach((id, w) -> {
                int[] score = scores.computeIfAbsent(id, k -> new int[2]);
                score[0]++;
                score[1] += w;
            });
        }
        Comparator<Map.Entry<SessionId, int[]>> order = Comparator
                .comparingInt((Map.Entry<SessionId, int[]> e) -> -e.getValue()[0])
                .thenComparingInt(e -> -e.getValue()[1]);
        List<Session> sessions = scores.entrySet().stream()
                .sorted(order.thenComparing(e -> schedule.session(e.getKey()).orElseThrow().start()))
                .map(e -> schedule.session(e.getKey()).orElseThrow())
                .toList();
        return new Result(sessions, substitutions, unmatched);
    }

    /** Index words within a typo or two of {@code stem}, or that it begins. */
    List<String> closeWords(String stem) {
        if (stem.length() < 4) {
            return List.of();
        }
        int allowed = stem.length() >= 8 ? 2 : 1;
        LevenshteinDistance distance = new LevenshteinDistance(allowed);
        List<String> out = new ArrayList<>();
        for (String word : vocabulary.tailSet(stem.substring(0, 1), true)) {
            if (word.charAt(0) != stem.charAt(0)) {
                break;
            }
            if (word.startsWith(stem) || distance.apply(stem, word) >= 0) {
                out.add(word);
            }
        }
        if (out.isEmpty()) {
            for (String word : vocabulary) {
                if (Math.abs(word.length() - stem.length()) <= allowed && distance.apply(stem, word) >= 0) {
                    out.add(word);
                }
            }
        }
        return out;
    }

    /** Whether the index knows any word at all (a schedule without text has nothing to search). */
    boolean isEmpty() {
        return vocabulary.isEmpty();
    }

    Set<String> vocabulary() {
        return vocabulary;
    }
}
