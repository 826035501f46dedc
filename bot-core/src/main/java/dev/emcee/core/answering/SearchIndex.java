package dev.emcee.core.answering;

import dev.emcee.core.question.Words;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Speaker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * An inverted index of the words of every session (title, topics, track, speakers and their companies, abstract),
 * stemmed, with weights so that a match in a title or topic ranks above one in an abstract.
 *
 * <p>A word not in the index is looked up with typo tolerance ("sandbxing") and as a prefix ("authoriz").
 * Sessions are numbered by their place in the schedule's time order, and postings are arrays of those numbers, so
 * that a search of a large schedule scores with array arithmetic rather than maps.
 */
final class SearchIndex {
    private static final int TITLE = 5;
    private static final int TOPIC = 4;
    private static final int PEOPLE = 3;
    private static final int TRACK = 2;
    private static final int ABSTRACT = 1;

    private final List<Session> sessions;
    private final Map<String, SearchScores.Postings> postings = new HashMap<>();
    private final TreeSet<String> vocabulary = new TreeSet<>();
    /** Index words by first letter and length, for typo lookups: "s7" holds the 7-letter words in s. */
    private final Map<String, WordBucket> byInitialAndLength = new HashMap<>();
    /** Index words by length, for typo lookups that change the first letter. */
    private final Map<Integer, WordBucket> byLength = new HashMap<>();

    /** Index words with a bit per letter each ({@link #letterBits}), to rule most out before counting edits. */
    private record WordBucket(String[] words, long[] letters) {
        static WordBucket of(List<String> words) {
            return new WordBucket(words.toArray(String[]::new),
                    words.stream().mapToLong(SearchIndex::letterBits).toArray());
        }
    }

    /**
     * The sessions found (their places in time order), best first, and the index words used in place of words that
     * were not found.
     */
    record Result(int[] positions, Map<String, List<String>> substitutions, List<String> unmatched) {
        boolean isEmpty() {
            return positions.length == 0;
        }
    }

    /** The sessions (by place in time order) a word occurs in, with the best weight of each occurrence. */
    private static final class PostingsBuilder {
        private int[] positions = new int[4];
        private int[] weights = new int[4];
        private int size;

        void add(int position, int weight) {
            if (size > 0 && positions[size - 1] == position) {
                weights[size - 1] = Math.max(weights[size - 1], weight);
                return;
            }
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            positions[size] = position;
            weights[size++] = weight;
        }

        SearchScores.Postings build() {
            return new SearchScores.Postings(SearchScores.trimmed(positions, size), SearchScores.trimmed(weights, size),
                    size);
        }
    }

    SearchIndex(Schedule schedule) {
        this.sessions = schedule.sessions();
        Map<String, PostingsBuilder> builders = new HashMap<>();
        for (int position = 0; position < sessions.size(); position++) {
            Session session = sessions.get(position);
            int p = position;
            session.title().ifPresent(t -> add(builders, p, t, TITLE));
            session.topics().forEach(t -> add(builders, p, t, TOPIC));
            session.track().flatMap(schedule::track).ifPresent(t -> add(builders, p, t.name(), TRACK));
            for (Speaker speaker : schedule.speakersOf(session)) {
                add(builders, p, speaker.name(), PEOPLE);
                speaker.affiliation().ifPresent(a -> add(builders, p, a, PEOPLE));
            }
            add(builders, p, session.abstractText(), ABSTRACT);
            add(builders, p, session.kind().key(), ABSTRACT);
        }
        builders.forEach((word, builder) -> postings.put(word, builder.build()));
        Map<String, List<String>> initialAndLength = new HashMap<>();
        Map<Integer, List<String>> length = new HashMap<>();
        for (String word : vocabulary) {
            initialAndLength.computeIfAbsent(word.charAt(0) + Integer.toString(word.length()),
                    k -> new ArrayList<>()).add(word);
            length.computeIfAbsent(word.length(), k -> new ArrayList<>()).add(word);
        }
        initialAndLength.forEach((key, words) -> byInitialAndLength.put(key, WordBucket.of(words)));
        length.forEach((key, words) -> byLength.put(key, WordBucket.of(words)));
    }

    private void add(Map<String, PostingsBuilder> builders, int position, String text, int weight) {
        for (String token : Words.tokens(text)) {
            if (Words.isStopWord(token) || token.length() < 2) {
                continue;
            }
            String stem = Words.stem(token);
            builders.computeIfAbsent(stem, k -> new PostingsBuilder()).add(position, weight);
            vocabulary.add(stem);
        }
    }

    /**
     * Sessions matching the terms: those matching every term first, then those matching most, best weight first,
     * then in time order.
     */
    Result search(List<String> terms) {
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        List<SearchScores.Postings> found = new ArrayList<>();
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
            found.add(SearchScores.bestOf(keys.stream().map(postings::get).toList()));
        }
        return new Result(SearchScores.ranked(found, TITLE, sessions.size()), substitutions, unmatched);
    }

    /** Index words within a typo or two of {@code stem}, or that it begins, in alphabetical order. */
    List<String> closeWords(String stem) {
        if (stem.length() < 4) {
            return List.of();
        }
        int allowed = stem.length() >= 8 ? 2 : 1;
        LevenshteinDistance distance = new LevenshteinDistance(allowed);
        int[] letters = letterCounts(stem);
        long bits = letterBits(stem);
        TreeSet<String> out = new TreeSet<>(vocabulary.subSet(stem, true, stem + Character.MAX_VALUE, false));
        for (int length = stem.length() - allowed; length <= stem.length() + allowed; length++) {
            WordBucket bucket = byInitialAndLength.get(stem.charAt(0) + Integer.toString(length));
            for (int i = 0; bucket != null && i < bucket.words().length; i++) {
                String word = bucket.words()[i];
                if (mayBeWithin(bits, bucket.letters()[i], allowed) && !out.contains(word)
                        && mayBeWithin(stem, letters, word, allowed) && distance.apply(stem, word) >= 0) {
                    out.add(word);
                }
            }
        }
        if (out.isEmpty()) {
            for (int length = stem.length() - allowed; length <= stem.length() + allowed; length++) {
                WordBucket bucket = byLength.get(length);
                for (int i = 0; bucket != null && i < bucket.words().length; i++) {
                    String word = bucket.words()[i];
                    if (mayBeWithin(bits, bucket.letters()[i], allowed) && mayBeWithin(stem, letters, word, allowed)
                            && distance.apply(stem, word) >= 0) {
                        out.add(word);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * False when {@code word} is certainly more than {@code allowed} edits from {@code stem}: every letter of the
     * longer word that the other lacks costs an edit. Borrows {@code stemLetters} and gives it back unchanged.
     */
    private static boolean mayBeWithin(String stem, int[] stemLetters, String word, int allowed) {
        int shared = 0;
        boolean ascii = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 128) {
                ascii = false;
            } else if (stemLetters[c]-- > 0) {
                shared++;
            }
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 128) {
                stemLetters[c]++;
            }
        }
        return !ascii || Math.max(stem.length(), word.length()) - shared <= allowed;
    }

    /**
     * False when the letters of two words ({@link #letterBits}) differ by more than {@code allowed} on either side:
     * each letter one word has and the other lacks takes its own edit.
     */
    private static boolean mayBeWithin(long stemBits, long wordBits, int allowed) {
        return Long.bitCount(wordBits & ~stemBits) <= allowed && Long.bitCount(stemBits & ~wordBits) <= allowed;
    }

    /** A bit per letter (letters 64 apart share one, which only lets more words through). */
    private static long letterBits(String word) {
        long bits = 0;
        for (int i = 0; i < word.length(); i++) {
            bits |= 1L << word.charAt(i);
        }
        return bits;
    }

    /** How often each ASCII character occurs in {@code word} (the others are not counted). */
    private static int[] letterCounts(String word) {
        int[] counts = new int[128];
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 128) {
                counts[c]++;
            }
        }
        return counts;
    }

    /** Whether the index knows any word at all (a schedule without text has nothing to search). */
    boolean isEmpty() {
        return vocabulary.isEmpty();
    }

    Set<String> vocabulary() {
        return vocabulary;
    }
}
