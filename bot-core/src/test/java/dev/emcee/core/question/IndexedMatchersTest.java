package dev.emcee.core.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.schedule.Speaker;
import dev.emcee.core.schedule.SpeakerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The indexed matchers answer exactly as the matchers that compared everything did ({@link ReferencePersonMatcher},
 * {@link ReferencePhraseMatcher}, kept here as they were): same people, same scores, same rooms, on thousands of
 * random names and questions with partial words, typos, initials, accents and noise.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class IndexedMatchersTest {
    private static final List<String> FIRST = List.of("Kyle", "Emily", "Sean", "Ana", "José", "Zoë", "Li", "Ng",
            "Maria", "Mario", "Marie", "Jean-Luc", "Ahmed", "Aiko", "Björn", "Chen", "Dmitri", "Fatima", "Grace",
            "Hiroshi", "Ines", "Jakub", "Kofi", "Lars", "Min", "Nadia", "Olga", "Priya", "Rafael", "Sakura",
            "Tariq", "Wei", "Yusuf", "Zainab", "Al", "Bo", "Christopher", "Kristoffer", "Anne-Marie", "O");
    private static final List<String> LAST = List.of("Kingsbury", "Shea", "Allen", "Müller", "Garcia", "García",
            "Nguyen", "Smith", "Smyth", "Schmidt", "Schmitt", "O'Brien", "Van der Berg", "Lee", "Li", "Kim",
            "Kowalski", "Kowalsky", "Okafor", "Petrov", "Petrova", "Rossi", "Russo", "Sato", "Tanaka", "Wagner",
            "Zhang", "Zhou", "Yilmaz", "Ivanova", "Hernández-López", "Bose", "Nakamura", "St. John", "Ek");
    private static final List<String> NOISE = List.of("who", "is", "the", "speaking", "talk", "about", "when",
            "room", "next", "a", "k", "x", "and", "data", "kubernetes", "jo", "mar", "schm", "s");

    @Test
    void personMatchingFindsTheSamePeopleWithTheSameScores() {
        Random random = new Random(42);
        List<Speaker> speakers = speakers(random, 1_500);
        PersonMatcher indexed = new PersonMatcher(speakers);
        ReferencePersonMatcher reference = new ReferencePersonMatcher(speakers);
        for (int i = 0; i < 3_000; i++) {
            List<String> words = query(random, speakers);
            assertThat(indexed.match(words)).as("match %s", words)
                    .extracting(s -> s.speaker().id(), PersonMatcher.Scored::score)
                    .isEqualTo(reference.match(words).stream()
                            .map(s -> org.assertj.core.groups.Tuple.tuple(s.speaker().id(), s.score())).toList());
            assertThat(indexed.closeNames(words, 3)).as("close names %s", words)
                    .isEqualTo(reference.closeNames(words, 3));
            for (String word : words) {
                assertThat(indexed.isNameWord(word, Set.of("room", "hall")))
                        .as("name word %s", word).isEqualTo(reference.isNameWord(word, Set.of("room", "hall")));
            }
        }
    }

    @Test
    void phraseMatchingFindsTheSameMentions() {
        Random random = new Random(7);
        Set<String> ignored = Set.of("next", "room", "hall", "track", "now", "up");
        PhraseMatcher<String> indexed = new PhraseMatcher<>(ignored);
        ReferencePhraseMatcher<String> reference = new ReferencePhraseMatcher<>(ignored);
        List<String> names = new ArrayList<>(List.of("LL21 A/B", "LL21 C/D", "LL20 D", "Hall A", "Hall B",
                "Main Hall", "Salon Berlin", "Salon Bern", "Room 1", "Auditorium", "Data & AI", "data"));
        for (int i = 101; i <= 140; i++) {
            names.add("Room " + i);
        }
        for (int i = 0; i < names.size(); i++) {
            String thing = "t" + (i % 37);
            indexed.add(thing, names.get(i));
            reference.add(thing, names.get(i));
            indexed.add(thing, "r" + i);
            reference.add(thing, "r" + i);
        }
        for (int i = 0; i < 20_000; i++) {
            List<String> tokens = new ArrayList<>();
            int length = 1 + random.nextInt(6);
            while (tokens.size() < length) {
                String source = random.nextInt(3) == 0 ? NOISE.get(random.nextInt(NOISE.size()))
                        : names.get(random.nextInt(names.size()));
                List<String> words = Words.tokens(source);
                int from = random.nextInt(words.size());
                tokens.addAll(words.subList(from, from + 1 + random.nextInt(words.size() - from)));
            }
            Optional<PhraseMatcher.Match<String>> found = indexed.find(tokens);
            Optional<ReferencePhraseMatcher.Match<String>> expected = reference.find(tokens);
            assertThat(found.map(m -> List.of(m.candidates(), m.from(), m.to(), m.exact()))).as("%s", tokens)
                    .isEqualTo(expected.map(m -> List.of(m.candidates(), m.from(), m.to(), m.exact())));
        }
    }

    private static List<Speaker> speakers(Random random, int count) {
        List<Speaker> speakers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String middle = random.nextInt(10) == 0 ? " " + (char) ('A' + random.nextInt(26)) + "." : "";
            String name = FIRST.get(random.nextInt(FIRST.size())) + middle + " " + LAST.get(random.nextInt(LAST.size()));
            speakers.add(new Speaker(new SpeakerId("p" + i), name, Optional.empty(), Optional.empty()));
        }
        return speakers;
    }

    /** One to four words: parts of a name, with typos, or noise. */
    private static List<String> query(Random random, List<Speaker> speakers) {
        List<String> name = Words.tokens(speakers.get(random.nextInt(speakers.size())).name());
        List<String> words = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        while (words.size() < count) {
            String word = random.nextInt(4) == 0 ? NOISE.get(random.nextInt(NOISE.size()))
                    : name.get(random.nextInt(name.size()));
            words.add(random.nextInt(3) == 0 ? typo(word, random) : word);
        }
        return words;
    }

    private static String typo(String word, Random random) {
        if (word.length() < 3) {
            return word + "e";
        }
        int at = 1 + random.nextInt(word.length() - 2);
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            case 2 -> word.substring(0, at) + "x" + word.substring(at + 1);
            default -> word.substring(0, at);
        };
    }
}
