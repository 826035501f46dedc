package dev.emcee.core.question;

import dev.emcee.core.schedule.Speaker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds people by name, tolerating partial names ("kingsbury", "kyle"), case and typos ("kyle kingsburry").
 *
 * <p>Each word the person typed must resemble a word of the name; the score is the mean resemblance, so a full
 * correct name scores 1 and beats a partial one.
 *
 * <p>A mean can only reach a threshold when some word reaches it, so only the people who have a name word that
 * resembles a typed word that well are scored; those words are found among the distinct words of all names
 * ({@link NameTokens}), most of them ruled out by their letters without computing a similarity.
 */
final class PersonMatcher {
    /** Below this, a name is not a match. */
    static final double ACCEPT = 0.88;
    /** Candidates within this of the best are equally good: the question is ambiguous. */
    private static final double TIE = 0.015;
    /** Below this, a name is not even worth suggesting. */
    private static final double CLOSE = 0.75;
    /** A word this like a name word is taken for part of a name without "who is". */
    private static final double NAME_WORD = 0.94;

    private final List<Entry> people = new ArrayList<>();
    private final NameTokens tokens = new NameTokens();
    /** For each name word, the people (indexes into {@link #people}) whose name has it. */
    private final int[][] peopleByToken;

    /** A person and the numbers ({@link NameTokens}) of their name's words, in order. */
    private record Entry(Speaker speaker, int[] tokens) {
    }

    /** A scored candidate. */
    record Scored(Speaker speaker, double score) {
    }

    PersonMatcher(List<Speaker> speakers) {
        List<List<Integer>> byToken = new ArrayList<>();
        for (Speaker speaker : speakers) {
            List<String> words = Words.tokens(speaker.name());
            if (words.isEmpty()) {
                continue;
            }
            int[] ids = words.stream().mapToInt(tokens::id).toArray();
            for (int id : Arrays.stream(ids).distinct().toArray()) {
                while (byToken.size() <= id) {
                    byToken.add(new ArrayList<>());
                }
                byToken.get(id).add(people.size());
            }
            people.add(new Entry(speaker, ids));
        }
        peopleByToken = byToken.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
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
        List<Scored> scored = scoreCandidates(query, ACCEPT);
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
        return scoreCandidates(query, CLOSE).stream()
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
        char[] letters = NameTokens.sortedLetters(word);
        for (int id = 0; id < tokens.size(); id++) {
            String token = tokens.text(id);
            if (token.length() >= 3 && tokens.mayReach(word, letters, id, NAME_WORD)
                    && NameTokens.jaroWinkler(word, token) >= NAME_WORD) {
                return true;
            }
        }
        return false;
    }

    /** The people scoring at least {@code threshold}, in the schedule's order. */
    private List<Scored> scoreCandidates(List<String> query, double threshold) {
        Similarities similarities = new Similarities(query);
        boolean[] candidate = new boolean[people.size()];
        // A hair below the threshold, so that no rounding in the mean can make a score the words did not reach.
        double wordThreshold = threshold - 1e-9;
        for (int w = 0; w < query.size(); w++) {
            for (int id = 0; id < tokens.size(); id++) {
                if (similarities.mayReach(w, id, wordThreshold) && similarities.get(w, id) >= wordThreshold) {
                    for (int person : peopleByToken[id]) {
                        candidate[person] = true;
                    }
                }
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (int person = 0; person < people.size(); person++) {
            if (candidate[person]) {
                double score = score(similarities, people.get(person).tokens());
                if (score >= threshold) {
                    scored.add(new Scored(people.get(person).speaker(), score));
                }
            }
        }
        return scored;
    }

    private static double score(Similarities similarities, int[] name) {
        double total = 0;
        boolean[] used = new boolean[name.length];
        for (int w = 0; w < similarities.words(); w++) {
            double best = 0;
            int bestIndex = -1;
            for (int i = 0; i < name.length; i++) {
                if (used[i]) {
                    continue;
                }
                double s = similarities.get(w, name[i]);
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
        double mean = total / similarities.words();
        // A complete name outranks a partial one that matched equally well word for word.
        double coverage = (double) Math.min(similarities.words(), name.length) / name.length;
        return mean - (1 - coverage) * 0.01;
    }

    /** The similarities of the typed words to name words, each computed once, when first needed. */
    private final class Similarities {
        private final List<String> query;
        private final char[][] letters;
        private final double[][] values;

        Similarities(List<String> query) {
            this.query = query;
            this.letters = query.stream().map(NameTokens::sortedLetters).toArray(char[][]::new);
            this.values = new double[query.size()][tokens.size()];
            for (double[] row : values) {
                Arrays.fill(row, Double.NaN);
            }
        }

        int words() {
            return query.size();
        }

        double get(int word, int token) {
            double value = values[word][token];
            if (Double.isNaN(value)) {
                value = similarity(query.get(word), tokens.text(token));
                values[word][token] = value;
            }
            return value;
        }

        /** False when the similarity certainly stays below {@code threshold}. */
        boolean mayReach(int word, int token, double threshold) {
            String w = query.get(word);
            String t = tokens.text(token);
            if (w.equals(t) || w.length() == 1 || w.length() >= 3 && t.startsWith(w)) {
                return true;
            }
            return tokens.mayReach(w, letters[word], token, threshold);
        }
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
        double s = NameTokens.jaroWinkler(word, nameToken);
        // Short words resemble too much by chance; demand more of them.
        return word.length() < 4 && s < 0.95 ? 0 : s;
    }
}
