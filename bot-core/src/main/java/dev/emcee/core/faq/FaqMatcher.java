package dev.emcee.core.faq;

import dev.emcee.core.question.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the FAQ entry a normalized question ({@link dev.emcee.core.question.QuestionText#normalize}) asks about,
 * the way schedule questions are understood: filler words do not count, words meet by stem, by a typo
 * ("pasword"), by a beginning ("conduct" for "code of conduct", "pw" never), and words written apart meet written
 * together ("wi fi", "wifi").
 *
 * <p>A question fits a phrasing when most of its meaningful words are in it: "wifi?" and "what's the wifi password
 * at the venue" both fit "what is the wifi password", "who is Kyle Kingsbury" fits nothing. Built once per FAQ.
 */
public final class FaqMatcher {
    /** Words that ask without saying about what, beyond {@link Words#isStopWord}'s. */
    private static final Set<String> FILLER = Set.of("please", "tell", "info", "information", "details", "question",
            "questions", "faq", "again", "anyone", "guys", "folks", "exactly", "actually", "today", "here");
    private static final int SHORTEST_BEGINNING = 4;

    private final List<Phrasing> phrasings = new ArrayList<>();

    /** One way of asking, as its meaningful words. */
    private record Phrasing(FaqEntry entry, List<String> words) {
    }

    public FaqMatcher(Faq faq) {
        for (FaqEntry entry : faq.entries()) {
            for (String phrasing : entry.phrasings()) {
                List<String> words = meaningful(Words.tokens(phrasing));
                if (!words.isEmpty()) {
                    phrasings.add(new Phrasing(entry, joinedToo(words)));
                }
            }
        }
    }

    /** Whether there is any entry to match. */
    public boolean isEmpty() {
        return phrasings.isEmpty();
    }

    /** The entry {@code normalized} asks about, the one whose phrasing covers most of its words. */
    public Optional<FaqEntry> match(String normalized) {
        List<String> asked = meaningful(Words.tokens(normalized));
        if (asked.isEmpty() || phrasings.isEmpty()) {
            return Optional.empty();
        }
        FaqEntry best = null;
        int bestMatched = 0;
        for (Phrasing phrasing : phrasings) {
            int matched = matched(asked, phrasing.words());
            int unmatched = asked.size() - matched;
            if (matched > bestMatched && 2 * unmatched <= matched) {
                best = phrasing.entry();
                bestMatched = matched;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many of the asked words meet a word of the phrasing; two asked words written apart may meet one. */
    private static int matched(List<String> asked, List<String> phrasing) {
        int matched = 0;
        for (int i = 0; i < asked.size(); i++) {
            if (i + 1 < asked.size() && anyMeets(asked.get(i) + asked.get(i + 1), phrasing, false)) {
                matched += 2;
                i++;
            } else if (anyMeets(asked.get(i), phrasing, true)) {
                matched++;
            }
        }
        return matched;
    }

    private static boolean anyMeets(String asked, List<String> phrasing, boolean beginnings) {
        for (String word : phrasing) {
            if (meets(asked, word, beginnings)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an asked word is a phrasing's word: the same stem, a typo away, or its beginning. */
    static boolean meets(String asked, String word) {
        return meets(asked, word, true);
    }

    /** As {@link #meets(String, String)}; two asked words written together must be the whole word, not its start. */
    private static boolean meets(String asked, String word, boolean beginnings) {
        if (Words.stem(asked).equals(Words.stem(word))) {
            return true;
        }
        int shorter = Math.min(asked.length(), word.length());
        if (beginnings && shorter >= SHORTEST_BEGINNING && (word.startsWith(asked) || asked.startsWith(word))) {
            return true;
        }
        if (shorter < SHORTEST_BEGINNING) {
            return false;
        }
        int allowed = shorter >= 7 ? 2 : 1;
        return new LevenshteinDistance(allowed).apply(asked, word) >= 0;
    }

    private static List<String> meaningful(List<String> tokens) {
        return tokens.stream().filter(t -> !Words.isStopWord(t) && !FILLER.contains(t)).toList();
    }

    /** The words, and each two neighbours written together ("wi", "fi" also as "wifi"). */
    private static List<String> joinedToo(List<String> words) {
        List<String> out = new ArrayList<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            out.add(words.get(i) + words.get(i + 1));
        }
        return out;
    }
}
