package dev.emcee.core.question;

import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Whether typed words could be a name mistyped, word by word: "kingsburry" is Kingsbury with a typo, "kyel" Kyle
 * with two letters swapped, but "eisenberg" is not Eisentraut, nor "lane" Payne, however alike they look to a
 * similarity score. A name matcher finds candidates; this keeps only those a person could have meant.
 */
final class NameTypos {
    private NameTypos() {
    }

    /**
     * Whether every word of {@code typed} (stop words of three letters or fewer aside, as the matcher skips them) is a
     * word of {@code name}, its beginning ("kyle k"), or that word with a few typos.
     *
     * @param slack typos allowed beyond what a match allows (0 to accept a match, 1 to suggest a name)
     */
    static boolean couldBe(List<String> typed, String name, int slack) {
        List<String> nameWords = Words.tokens(name);
        boolean[] used = new boolean[nameWords.size()];
        for (String word : typed) {
            if (Words.isStopWord(word) && word.length() <= 3) {
                continue;
            }
            int found = -1;
            for (int i = 0; i < nameWords.size() && found < 0; i++) {
                if (!used[i] && resembles(word, nameWords.get(i), slack)) {
                    found = i;
                }
            }
            if (found < 0) {
                return false;
            }
            used[found] = true;
        }
        return true;
    }

    private static boolean resembles(String word, String nameWord, int slack) {
        if (word.equals(nameWord) || (word.length() == 1 || word.length() >= 3) && nameWord.startsWith(word)) {
            return true;
        }
        int allowed = (word.length() <= 3 ? 0 : word.length() <= 7 ? 1 : 2) + (word.length() >= 5 ? slack : 0);
        if (allowed == 0) {
            return false;
        }
        return swapsTwoLetters(word, nameWord) || new LevenshteinDistance(allowed).apply(word, nameWord) >= 0;
    }

    /** "kyel" and "kyle": the same but for two neighbouring letters swapped. */
    private static boolean swapsTwoLetters(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first >= 0) {
                    return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
                            && a.substring(i + 1).equals(b.substring(i + 1));
                }
                first = i;
            }
        }
        return false;
    }
}
