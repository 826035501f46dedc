package dev.emcee.core.question;

import dev.emcee.core.question.Question.SmallTalk;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes a message that is only small talk ("thanks", "hi", "👋", "good morning!"), read from the text as typed:
 * normalizing drops greetings, thanks and emoji as filler around a question, which is right for "hi, what's next?"
 * but would leave nothing of "thanks".
 */
public final class SmallTalkPhrases {
    /** Chat markup (mentions of the bot), punctuation and emoji other than the few that are small talk. */
    private static final Pattern NOISE = Pattern.compile("<[^<>]*>|@\\w+|[^\\p{L}\\p{N}\\s'👋🙏]");
    private static final String TO_WHOM = "(?: (?:emcee|bot|there|everyone|all|folks|friend|mate|again))*";
    private static final Pattern GREETING = Pattern.compile(
            "^(?<words>hi|hello|hey|hiya|heya|howdy|yo|hallo|hola|greetings|good (?:morning|afternoon|evening|day)"
                    + "|morning|👋)" + TO_WHOM + "(?: 👋)?$");
    private static final Pattern THANKS = Pattern.compile(
            "^(?:(?:ok|okay|great|perfect|awesome|cool|nice|got it)(?: )?)?(?:thanks|thank you|thank u|thx|ty|tysm|cheers"
                    + "|many thanks|thanks a lot|thanks so much|thank you so much|thank you very much|much appreciated"
                    + "|🙏)" + TO_WHOM + "(?: 🙏)?$");
    private static final Pattern GOODBYE = Pattern.compile(
            "^(?:bye|goodbye|good bye|bye bye|see you|see ya|cya|good night|later)" + TO_WHOM + "$");

    private SmallTalkPhrases() {
    }

    /** The small talk that {@code typed} is, when it is nothing else. */
    public static Optional<SmallTalk> recognize(String typed) {
        if (typed == null || typed.length() > 60) {
            return Optional.empty();
        }
        String text = NOISE.matcher(typed.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ")
                .replaceAll("\\s+", " ").strip();
        Matcher greeting = GREETING.matcher(text);
        if (greeting.matches()) {
            return Optional.of(new SmallTalk(SmallTalk.Kind.GREETING, greetBack(greeting.group("words"))));
        }
        if (THANKS.matcher(text).matches()) {
            return Optional.of(new SmallTalk(SmallTalk.Kind.THANKS, ""));
        }
        if (GOODBYE.matcher(text).matches()) {
            return Optional.of(new SmallTalk(SmallTalk.Kind.GOODBYE, ""));
        }
        return Optional.empty();
    }

    /** "Good morning" for "good morning" or "morning", "👋" for a wave, else "Hi". */
    private static String greetBack(String words) {
        if (words.equals("👋")) {
            return "👋";
        }
        if (words.startsWith("good ") || words.equals("morning")) {
            String part = words.startsWith("good ") ? words.substring(5) : words;
            return "Good " + part;
        }
        return words.equals("hello") ? "Hello" : "Hi";
    }
}
