package dev.emcee.bench;

import dev.emcee.core.question.Words;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Speaker;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A seeded mix of the questions attendees ask, drawn from a schedule's own rooms, people and words: what's next
 * in a room, who is someone, what's on at a time, a topic search, and the same with typos.
 */
public final class QuestionMix {
    private QuestionMix() {
    }

    /** {@code count} questions about {@code schedule}, the same for the same seed. */
    public static List<String> of(Schedule schedule, long seed, int count) {
        Random random = new Random(seed);
        List<String> topics = topicWords(schedule);
        List<String> questions = new ArrayList<>(count);
        while (questions.size() < count) {
            questions.add(switch (questions.size() % 6) {
                case 0 -> nextInRoom(schedule, random);
                case 1 -> whoIs(schedule, random);
                case 2 -> atTime(schedule, random);
                case 3 -> topic(topics, random);
                case 4 -> typo(schedule, topics, random);
                default -> general(schedule, random);
            });
        }
        return questions;
    }

    private static String nextInRoom(Schedule schedule, Random random) {
        Room room = pick(schedule.rooms(), random);
        String name = random.nextInt(3) == 0 ? room.name().toLowerCase(Locale.ROOT) : room.name();
        return pick(List.of("what's next in %s", "What's next in %s?", "up next in %s", "what's on now in %s"),
                random).formatted(name);
    }

    private static String whoIs(Schedule schedule, Random random) {
        Speaker speaker = pick(schedule.speakers(), random);
        List<String> parts = List.of(speaker.name().split(" "));
        String last = parts.get(parts.size() - 1);
        return switch (random.nextInt(4)) {
            case 0 -> "who is " + speaker.name();
            case 1 -> "Who's " + speaker.name() + "?";
            case 2 -> "when is " + parts.get(0) + " " + last + " speaking?";
            default -> last;
        };
    }

    private static String atTime(Schedule schedule, Random random) {
        int hour = 9 + random.nextInt(9);
        String minute = pick(List.of("00", "15", "30", "45"), random);
        if (random.nextBoolean() || schedule.sessionDays().isEmpty()) {
            return "what's on at " + (hour > 12 ? hour - 12 : hour) + ":" + minute;
        }
        DayOfWeek day = pick(schedule.sessionDays(), random).getDayOfWeek();
        return "what's on at " + hour + ":" + minute + " on " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String topic(List<String> topics, Random random) {
        String word = pick(topics, random);
        return pick(List.of("anything on %s?", "talks about %s", "%s", "any sessions on %s"), random).formatted(word);
    }

    private static String typo(Schedule schedule, List<String> topics, Random random) {
        if (random.nextBoolean()) {
            Speaker speaker = pick(schedule.speakers(), random);
            return "who is " + misspell(speaker.name(), random);
        }
        return "anything on " + misspell(pick(topics, random), random) + "?";
    }

    private static String general(Schedule schedule, Random random) {
        String company = pick(schedule.speakers(), random).affiliation().orElse("nowhere in particular");
        return pick(List.of("what's next?", "what's on now?", "help", "rooms", "what's on tomorrow?",
                "who's from " + company), random);
    }

    /** One typo in the longest word: a swapped, dropped or doubled letter. */
    static String misspell(String text, Random random) {
        String[] words = text.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        String w = words[longest];
        if (w.length() >= 4) {
            int at = 1 + random.nextInt(w.length() - 2);
            words[longest] = switch (random.nextInt(3)) {
                case 0 -> w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
                case 1 -> w.substring(0, at) + w.substring(at + 1);
                default -> w.substring(0, at) + w.charAt(at) + w.substring(at);
            };
        }
        return String.join(" ", words);
    }

    /** Words of the sessions' topics and titles worth searching for. */
    private static List<String> topicWords(Schedule schedule) {
        Set<String> words = new LinkedHashSet<>();
        for (Session session : schedule.sessions()) {
            for (String topic : session.topics()) {
                words.add(topic.toLowerCase(Locale.ROOT));
            }
            session.title().ifPresent(t -> Words.tokens(t).stream()
                    .filter(w -> w.length() >= 6 && !Words.isStopWord(w)).forEach(words::add));
            if (words.size() > 2_000) {
                break;
            }
        }
        return words.isEmpty() ? List.of("talks") : List.copyOf(words);
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
