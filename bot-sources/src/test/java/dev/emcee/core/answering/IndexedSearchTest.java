package dev.emcee.core.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.question.Words;
import dev.emcee.core.schedule.Conference;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.SessionKind;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.core.schedule.SpeakerId;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.sources.testing.BundledSchedule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The array-based search finds what the map-based one ({@link ReferenceSearchIndex}, kept as it was) found: the same
 * sessions, substitutions and unmatched words, in the same order except among sessions the old order left tied
 * (same terms, weight and start), which now follow the schedule's time order instead of a hash order.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class IndexedSearchTest {
    private static final List<String> VOCABULARY = List.of("distributed", "systems", "consensus", "raft",
            "kubernetes", "observability", "tracing", "sandboxing", "sandbox", "authorization", "authentication",
            "microservices", "design", "designing", "caching", "cache", "databases", "streams", "streaming", "data",
            "security", "testing", "tests", "production", "rust", "java", "go", "a", "the", "of", "scale", "budget",
            "postmortem", "chaos", "latency", "queues", "queueing", "edge", "wasm", "compilers", "café", "naïve");

    @Test
    void findsTheSameSessionsInAnOrderTheOldOneAgreesWith() {
        Random random = new Random(3);
        for (Schedule schedule : List.of(BundledSchedule.load(), randomSchedule(random, 150))) {
            SearchIndex indexed = new SearchIndex(schedule);
            ReferenceSearchIndex reference = new ReferenceSearchIndex(schedule);
            for (int i = 0; i < 400; i++) {
                List<String> terms = terms(random);
                SearchIndex.Result found = indexed.search(terms);
                ReferenceSearchIndex.Result expected = reference.search(terms);
                List<Session> sessions = java.util.Arrays.stream(found.positions()).mapToObj(schedule.sessions()::get)
                        .toList();
                assertThat(found.substitutions()).as("%s", terms).isEqualTo(expected.substitutions());
                assertThat(found.unmatched()).as("%s", terms).isEqualTo(expected.unmatched());
                assertThat(sessions).as("%s", terms).containsExactlyInAnyOrderElementsOf(expected.sessions());
                assertOrderAgrees(terms, sessions, expected.sessions());
            }
            for (String word : VOCABULARY) {
                for (String stem : List.of(Words.stem(word), word.substring(1), word + "s", swap(word))) {
                    assertThat(indexed.closeWords(stem)).as(stem).isEqualTo(reference.closeWords(stem));
                }
            }
        }
    }

    /** Wherever the new order puts a session first that the old order put later, the two start together. */
    private static void assertOrderAgrees(List<String> terms, List<Session> now, List<Session> before) {
        java.util.Map<Session, Integer> old = new java.util.IdentityHashMap<>();
        for (int i = 0; i < before.size(); i++) {
            old.put(before.get(i), i);
        }
        for (int i = 0; i < now.size(); i++) {
            for (int j = i + 1; j < now.size(); j++) {
                if (old.get(now.get(i)) > old.get(now.get(j))) {
                    assertThat(now.get(i).start()).as("%s: %s before %s", terms, now.get(i).id(), now.get(j).id())
                            .isEqualTo(now.get(j).start());
                }
            }
        }
    }

    private static List<String> terms(Random random) {
        List<String> terms = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        while (terms.size() < count) {
            String word = VOCABULARY.get(random.nextInt(VOCABULARY.size()));
            terms.add(random.nextInt(4) == 0 ? swap(word) : random.nextInt(6) == 0 ? word.substring(0, word.length() / 2 + 1) : word);
        }
        return terms;
    }

    private static String swap(String word) {
        return word.length() < 4 ? word + "x" : word.charAt(0) + word.substring(2, 3) + word.charAt(1) + word.substring(3);
    }

    private static Schedule randomSchedule(Random random, int count) {
        List<Room> rooms = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rooms.add(new Room(new RoomId("r" + i), "Room " + i));
        }
        List<Speaker> speakers = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            speakers.add(new Speaker(new SpeakerId("p" + i), "Person " + words(random, 1) + " " + i,
                    Optional.of(words(random, 1) + " Labs"), Optional.empty()));
        }
        List<Session> sessions = new ArrayList<>();
        Instant day = Instant.parse("2026-05-04T07:00:00Z");
        for (int i = 0; i < count; i++) {
            Instant start = day.plus(Duration.ofMinutes(30L * random.nextInt(16)));
            sessions.add(new Session(new SessionId("s" + i), Optional.of(words(random, 3)), words(random, 12), start,
                    start.plus(Duration.ofMinutes(25)), rooms.get(i % rooms.size()).id(),
                    List.of(speakers.get(random.nextInt(speakers.size())).id()), Optional.empty(), Optional.empty(),
                    List.of(words(random, 2)), Optional.empty(), Optional.empty(), SessionKind.TALK));
        }
        Conference conference = new Conference("Random", Optional.empty(), Optional.empty(), ZoneId.of("UTC"),
                List.of(), Optional.empty());
        return new Schedule(conference, rooms, List.of(), speakers, sessions);
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
        }
        return text.toString();
    }
}
