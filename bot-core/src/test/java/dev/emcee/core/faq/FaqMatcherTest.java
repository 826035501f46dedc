package dev.emcee.core.faq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.LinkedText;
import dev.emcee.core.question.QuestionText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Questions meet FAQ entries as schedule questions are understood: case, filler, typos, partial wording. */
class FaqMatcherTest {
    private final FaqMatcher matcher = new FaqMatcher(new Faq(List.of(
            entry("wifi", "What is the wifi password?", "internet access"),
            entry("coc", "Is there a code of conduct?", "report harassment"),
            entry("lunch", "Where is lunch?", "food"),
            entry("badge", "Where do I pick up my badge?", "registration desk"))));

    private static FaqEntry entry(String id, String... phrasings) {
        return new FaqEntry(id, List.of(phrasings), LinkedText.plain("answer " + id));
    }

    private Optional<String> matched(String typed) {
        return matcher.match(QuestionText.normalize(typed)).map(FaqEntry::id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "wifi password?|wifi",
        "WIFI PASSWORD|wifi",
        "hey emcee, what's the wi-fi password please|wifi",
        "wi fi|wifi",
        "wifi pasword|wifi",
        "what's the wifi password at the venue|wifi",
        "is there internet|wifi",
        "where is lunch|lunch",
        "lunch?|lunch",
        "wheres the food|lunch",
        "code of conduct|coc",
        "conduct|coc",
        "i want to report harrassment|coc",
        "where can i pick up my badge|badge",
        "badges|badge",
        "registration|badge"})
    void findsTheEntryAQuestionAsksAbout(String typed, String id) {
        assertThat(matched(typed)).as(typed).contains(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"who is Kyle Kingsbury", "what's next", "where is the party", "help", "",
        "anything on distributed state", "lunch with kyle kingsbury", "wi", "is there parking"})
    void findsNothingForQuestionsMostlyAboutSomethingElse(String typed) {
        assertThat(matched(typed)).as(typed).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"wifi,wifi,true", "passwords,password,true", "pasword,password,true", "conduct,conduct,true",
        "regist,registration,true", "reg,registration,false", "food,fool,true", "fo,fi,false", "lunch,launch,true",
        "party,parking,false"})
    void wordsMeetByStemTypoOrBeginning(String asked, String word, boolean meets) {
        assertThat(FaqMatcher.meets(asked, word)).as(asked + " / " + word).isEqualTo(meets);
    }
}
