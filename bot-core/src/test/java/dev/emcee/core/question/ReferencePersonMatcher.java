package dev.emcee.core.question;

import dev.emcee.core.schedule.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The matcher as it was before its index (scoring everyone), to check the indexed one against. Finds people by name, tolerating partial names ("kingsbury", "kyle"), case and typos ("kyle kingsburry").
 *
 * <p>Each word the person typed must resemble a word of the name; the score is the mean resemblance, so a full
 * correct name scores 1 and beats a partial one.
 */
final class ReferencePersonMatcher {
    /** Below this, a name is not a match. */
    static final double ACCEPT = 0.88;
    /** Candidates within this of the best are equally good: the question is ambiguous. */
    private static final double TIE = 0.015;

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private final List<Entry> people = new ArrayList<>();

    private record Entry(Speaker speaker, List<String> tokens) {
    }

    /** A scored candidate. */
    record Scored(Speaker speaker, double score) {
    }

    ReferencePersonMatcher(List<Speaker> speakers) {
        for (Speaker speaker : speakers) {
            List<String> tokens = Words.tokens(speaker.name());
            if (!tokens.isEmpty()) {
                people.add(new Entry(speaker, tokens));
            }
        }
    }

    /**
     * The people whose names best match {@code words}, best first: one when clear, several when tied, none when
     * nothing resembles.
     */
    List<Scored> match(List<String> words) {
        List<String> query = words.stream().filter(w -> !Words.isStopWord(w) || w.length() > 3).toList();
        if (query.isEmpty()) {
            return List.of();
        }
        List<Scored> scored = new ArrayList<>();
        for (Entry entry : people) {
            double score = score(query, entry.tokens());
            if (score >= ACCEPT) {
                scored.add(new Scored(entry.speaker(), score));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        if (scored.isEmpty()) {
            return scored;
        }
        double best = scored.get(0).score();
        return scored.stream().filter(s -> s.score() >= best - TIE).toList();
    }

    /** Names that resemble {@code words} loosely, for "did you mean" suggestions. */
    List<String> closeNames(List<String> words, int limit) {
        List<String> query = words.stream().filter(w -> w.length() >= 3 && !Words.isStopWord(w)).toList();
        if (query.isEmpty()) {
            return List.of();
        }
        return people.stream()
                .map(e -> new Scored(e.speaker(), score(query, e.tokens())))
                .filter(s -> s.score() >= 0.75)
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .limit(limit)
                .map(s -> s.speaker().name())
                .toList();
    }

    /** Whether a single word is, with high confidence, part of someone's name (for questions without "who is"). */
    boolean isNameWord(String word, Set<String> notNames) {
        if (word.length() < 4 || notNames.contains(word) || Words.isStopWord(word)) {
            return false;
        }
        for (Entry entry : people) {
            for (String token : entry.tokens()) {
                if (token.length() >= 3 && SIMILARITY.apply(word, token) >= 0.94) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double score(List<String> query, List<String> name) {
        double total = 0;
        boolean[] used = new boolean[name.size()];
        for (String word : query) {
            double best = 0;
            int bestIndex = -1;
            for (int i = 0; i < name.size(); i++) {
                if (used[i]) {
                    continue;
                }
                double s = similarity(word, name.get(i));
                if (s > best) {
                    best = s;
                    bestIndex = i;
                }
            }
            if (bestIndex >= 0) {
                used[bestIndex] = true;
            }
            total += best;
        }
        double mean = total / query.size();
        // A complete name outranks a partial one that matched equally well word for word.
        double coverage = (double) Math.min(query.size(), name.size()) / name.size();
        return mean - (1 - coverage) * 0.01;
    }

    private static double similarity(String word, String nameToken) {
        if (word.equals(nameToken)) {
            return 1;
        }
        if (word.length() == 1) {
            return nameToken.startsWith(word) ? 0.9 : 0;
        }
        if (word.length() >= 3 && nameToken.startsWith(word)) {
            return 0.9 + 0.01 * Math.min(word.length(), 9);
        }
        double s = SIMILARITY.apply(word, nameToken);
        // Short words resemble too much by chance; demand more of them.
        return word.length() < 4 && s < 0.95 ? 0 : s;
    }
}
