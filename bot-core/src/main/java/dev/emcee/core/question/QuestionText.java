package dev.emcee.core.question;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns whatever a person typed into a short, canonical question text.
 *
 * <p>Handles case, chat markup (Slack's {@code <@U123>}, {@code <http://x|label>}), emoji and control characters,
 * contractions ("what's"), and filler ("hey emcee, could you tell me ..."). The result is what the parser reads and
 * what understood questions are memoized by; any input, of any length, yields a result.
 */
public final class QuestionText {
    /** Longer questions are cut; nobody asks a schedule question in more than this. */
    public static final int MAX_LENGTH = 300;

    private static final Pattern SLACK_LINK_WITH_LABEL = Pattern.compile("<[^<>|]*\\|([^<>]*)>");
    private static final Pattern CHAT_MARKUP = Pattern.compile("<[^<>]*>");
    private static final Pattern DISCORD_EMOJI = Pattern.compile("<a?:\\w+:\\d+>");
    private static final Pattern NOT_KEPT = Pattern.compile("[^\\p{L}\\p{N}:/.'&+\\- ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_DOTS = Pattern.compile("(?<![ap]\\.m)\\.+(?=\\s|$)|(?<=\\s)\\.+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s,.:'&+\\-/]+|[\\s,:'&+\\-/]+$");
    /** Every alternative of {@link #FILLER_ASK} contains one of these, so text without them has no such filler. */
    private static final String[] FILLER_ASK_WORDS = {"you", "know", "wonder", "curious", "please", "pls", "plz",
        "thank", "thx", "kindly", "tell me", "let me", "show me", "give me"};
    /** The first letters of {@link #FILLER_START}'s words. */
    private static final String FILLER_START_LETTERS = "hyosuwebp";
    /** What {@link #EDGE_PUNCTUATION} removes at the start and at the end, besides white space. */
    private static final String EDGE_START = ",.:'&+-/";
    private static final String EDGE_END = ",:'&+-/";
    /** The contractions without an apostrophe that {@link #expandContractions} expands. */
    private static final String[] BARE_CONTRACTIONS = {"whats", "whos", "wheres", "whens", "theres"};
    private static final Pattern FILLER_START = Pattern.compile(
            "^(?:(?:hey|hi|hello|yo|ok|okay|so|um|uh|well|oh|excuse me|sorry|emcee|bot|please|pls|plz)\\b[ ,]*)+");
    private static final Pattern FILLER_ASK = Pattern.compile(
            "\\b(?:could|can|would|will) you (?:please )?(?:tell me|let me know|show me|give me|find|check|list)\\b"
                    + "|\\b(?:could|can|would|will) you (?:please )?(?!do\\b|help\\b)"
                    + "|\\b(?:do|does) (?:you|anyone|anybody|somebody|someone) know\\b"
                    + "|\\bi (?:want|would like|wanna|need|'d like|d like) to know\\b"
                    + "|\\bi(?:'m| am) (?:wondering|curious)\\b|\\bi wonder\\b"
                    + "|\\b(?:please|pls|plz|thanks|thank you|thx|kindly)\\b"
                    + "|\\b(?:tell me|let me know|show me|give me)\\b");

    private QuestionText() {
    }

    /** The canonical form of {@code raw}: lower case, plain words, no filler; possibly empty. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.length() > 4 * MAX_LENGTH ? raw.substring(0, 4 * MAX_LENGTH) : raw;
        // The steps below skip their regular expression when it cannot match: same result, less work.
        if (text.indexOf('<') >= 0) {
            text = DISCORD_EMOJI.matcher(text).replaceAll(" ");
            text = SLACK_LINK_WITH_LABEL.matcher(text).replaceAll(" $1 ");
            text = CHAT_MARKUP.matcher(text).replaceAll(" ");
        }
        boolean ascii = isAscii(text);
        text = (ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        text = text.replace('’', '\'').replace('‘', '\'').replace('`', '\'').replace('–', '-').replace('—', '-');
        text = ascii ? blankUnkeptAscii(text) : NOT_KEPT.matcher(text).replaceAll(" ");
        text = expandContractions(collapseSpaces(text).strip());
        if (text.indexOf('.') >= 0) {
            text = TRAILING_DOTS.matcher(text).replaceAll(" ");
        }
        if (mayHaveFillerAsk(text)) {
            text = FILLER_ASK.matcher(text).replaceAll(" ");
        }
        text = collapseSpaces(text).strip();
        if (!text.isEmpty() && FILLER_START_LETTERS.indexOf(text.charAt(0)) >= 0) {
            text = FILLER_START.matcher(text).replaceAll("");
        }
        if (!text.isEmpty() && (EDGE_START.indexOf(text.charAt(0)) >= 0 || Character.isWhitespace(text.charAt(0))
                || EDGE_END.indexOf(text.charAt(text.length() - 1)) >= 0
                || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            text = EDGE_PUNCTUATION.matcher(text).replaceAll("");
        }
        if (text.length() > MAX_LENGTH) {
            int cut = text.lastIndexOf(' ', MAX_LENGTH);
            text = text.substring(0, cut > 0 ? cut : MAX_LENGTH);
        }
        return text;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * ASCII text with a space for each character {@link #NOT_KEPT} replaces (all but letters, digits,
     * {@code :/.'&+-} and space), as the expression would; the text itself when all are kept.
     */
    private static String blankUnkeptAscii(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean kept = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' '
                    || ":/.'&+-".indexOf(c) >= 0;
            if (!kept) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** Runs of white space as one space, as {@link #SPACES} does; the text itself when there is nothing to do. */
    private static String collapseSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean otherSpace = c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (otherSpace || c == ' ' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                return SPACES.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    private static boolean mayHaveFillerAsk(String text) {
        for (String word : FILLER_ASK_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Expands contractions; {@code text} is stripped, and comes back as it is when it has none. */
    private static String expandContractions(String text) {
        if (text.indexOf('\'') < 0 && Arrays.stream(BARE_CONTRACTIONS).noneMatch(text::contains)) {
            return text;
        }
        return (" " + text + " ")
                .replace("what's ", "what is ").replace("whats ", "what is ")
                .replace("who's ", "who is ").replace("whos ", "who is ")
                .replace("where's ", "where is ").replace("wheres ", "where is ")
                .replace("when's ", "when is ").replace("whens ", "when is ")
                .replace("how's ", "how is ").replace("what're ", "what are ")
                .replace("there's ", "there is ").replace("theres ", "there is ")
                .replace("that's ", "that is ").replace("it's ", "it is ")
                .replace("i'm ", "i am ").replace("i'd ", "i would ").strip();
    }
}
