package dev.emcee.core.question;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Word-level text handling shared by the parser and the search index: folding, tokens, stems, stop words. */
public final class Words {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Words that carry no meaning for search or name matching. */
    static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "about", "from", "into",
            "is", "are", "was", "were", "be", "been", "am", "do", "does", "did", "doing", "have", "has", "had",
            "i", "me", "my", "you", "your", "we", "us", "our", "it", "its", "they", "them", "their", "he", "she",
            "his", "her", "this", "that", "these", "those", "there", "here", "s", "t",
            "what", "whats", "which", "who", "whos", "whom", "when", "where", "why", "how",
            "any", "anything", "something", "some", "all", "every", "anyone", "someone", "somebody", "anybody",
            "talk", "talks", "session", "sessions", "presentation", "presentations", "event", "events", "lecture",
            "lectures", "topic", "topics", "subject", "related", "regarding", "concerning", "covering", "cover",
            "covers", "please", "pls", "plz", "emcee", "bot", "thanks", "thank", "hey", "hi", "hello", "ok", "okay",
            "can", "could", "would", "will", "should", "may", "might", "tell", "know", "show", "find", "search",
            "look", "looking", "want", "like", "get", "give", "list", "see", "need", "interested", "interesting",
            "go", "going", "there's", "theres", "talking", "speak", "speaks", "speaking", "giving", "gives",
            "good", "best", "also", "else", "more", "other", "just", "only", "really", "very", "so", "then", "than",
            "not", "no", "yes", "if", "but", "as", "up", "out", "over", "conference");

    private Words() {
    }

    /** Lower case without accents: "Müller-Schmitz" becomes "muller-schmitz". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * The German way of writing umlauts and ß without them ("Bühne" as "Buehne", "Straße" as "Strasse"), or
     * {@code text} itself when it has none; {@link #fold} reads "Bühne" as "buhne", this as "buehne".
     */
    public static String withoutUmlauts(String text) {
        if (text.chars().noneMatch(c -> "äöüÄÖÜß".indexOf(c) >= 0)) {
            return text;
        }
        return text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
                .replace("Ü", "Ue").replace("ß", "ss");
    }

    /** Folded letter-and-digit tokens: "LL21 A/B" gives [ll21, a, b]. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String token : NON_ALNUM.split(fold(text))) {
            if (!token.isEmpty()) {
                out.add(token);
            }
        }
        return out;
    }

    /** Folded letters and digits only: "LL21 A/B" gives "ll21ab". */
    public static String key(String text) {
        return NON_ALNUM.matcher(fold(text)).replaceAll("");
    }

    /** Whether a token means nothing on its own. */
    public static boolean isStopWord(String token) {
        return STOP.contains(token);
    }

    /** A light English stem so that "sandboxing", "sandboxes" and "sandbox" meet. */
    public static String stem(String token) {
        String t = token;
        if (t.length() > 4 && t.endsWith("ies")) {
            return t.substring(0, t.length() - 3) + "y";
        }
        if (t.length() > 5 && t.endsWith("ing")) {
            return undouble(t.substring(0, t.length() - 3));
        }
        if (t.length() > 4 && t.endsWith("ed")) {
            return undouble(t.substring(0, t.length() - 2));
        }
        if (t.length() > 4 && (t.endsWith("xes") || t.endsWith("ches") || t.endsWith("shes") || t.endsWith("sses"))) {
            return t.substring(0, t.length() - 2);
        }
        if (t.length() > 3 && t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us") && !t.endsWith("is")) {
            return t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static String undouble(String t) {
        int n = t.length();
        if (n > 3 && t.charAt(n - 1) == t.charAt(n - 2) && "bdgmnprt".indexOf(t.charAt(n - 1)) >= 0) {
            return t.substring(0, n - 1);
        }
        return t;
    }
}
