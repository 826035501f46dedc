package dev.emcee.core.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The distinct words of people's names, numbered, with what it takes to skip most of them cheaply when looking
 * for words that resemble a typed word: a name list of thousands of people has only hundreds of distinct words, and
 * a Jaro-Winkler similarity can be bounded from above by the letters two words share.
 */
final class NameTokens {
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
    /** Room for the rounding of the bound's arithmetic, which differs from the library's. */
    private static final double ROUNDING = 1e-9;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private final List<char[]> letters = new ArrayList<>();

    /** The number of {@code token}, numbering it when new. */
    int id(String token) {
        Integer id = ids.get(token);
        if (id != null) {
            return id;
        }
        ids.put(token, texts.size());
        texts.add(token);
        letters.add(sortedLetters(token));
        return texts.size() - 1;
    }

    int size() {
        return texts.size();
    }

    String text(int id) {
        return texts.get(id);
    }

    /** The letters of {@code word}, sorted, to compare with {@link #sharedLetters}. */
    static char[] sortedLetters(String word) {
        char[] chars = word.toCharArray();
        Arrays.sort(chars);
        return chars;
    }

    /**
     * Whether the Jaro-Winkler similarity of {@code word} (with its {@link #sortedLetters}) and token {@code id}
     * may reach {@code threshold}: false only when it certainly does not.
     *
     * <p>Jaro counts matching letters m, which are at most the letters both words share, c; so Jaro is at most
     * (c/|a| + c/|b| + 1)/3, and the Winkler boost (only above 0.7; at most 4 letters of prefix times 0.1) at most
     * 0.4 of what is left.
     */
    boolean mayReach(String word, char[] wordLetters, int id, double threshold) {
        char[] tokenLetters = letters.get(id);
        int shared = sharedLetters(wordLetters, tokenLetters);
        if (shared == 0) {
            return threshold <= 0;
        }
        double jaro = ((double) shared / word.length() + (double) shared / tokenLetters.length + 1) / 3.0;
        double bound = jaro < 0.7 ? jaro : 0.4 + 0.6 * jaro;
        return bound + ROUNDING >= threshold;
    }

    /** The Jaro-Winkler similarity, as the library computes it. */
    static double jaroWinkler(String a, String b) {
        return SIMILARITY.apply(a, b);
    }

    private static int sharedLetters(char[] a, char[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }
}
