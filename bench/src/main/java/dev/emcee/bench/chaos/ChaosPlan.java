package dev.emcee.bench.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * What a chaos run will do, drawn from its seed before anything starts: the sessions of the generated conference,
 * the one schedule edit (a session moved, one deleted, one added), the kills with their restart pauses, and the
 * questions. Every moment is milliseconds after the run's start; the same seed and length give the same plan.
 */
record ChaosPlan(List<PlannedSession> sessions, List<PlannedSession> editedSessions, long editAtMs,
                 List<Kill> kills, List<Question> questions, long holdSeed) {
    /** Announcements are posted this long before each session starts ({@code announcements.leads}). */
    static final long LEAD_MS = 60_000;
    /** How long each session lasts. */
    static final long SESSION_MS = 90_000;
    static final List<String> ROOMS = List.of("r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8");
    static final String MOVED_ROOM = "moved";
    static final String ADDED_ROOM = "added";

    ChaosPlan {
        sessions = List.copyOf(sessions);
        editedSessions = List.copyOf(editedSessions);
        kills = List.copyOf(kills);
        questions = List.copyOf(questions);
    }

    /** One session of the conference: its id, room and start, milliseconds after the run's start. */
    record PlannedSession(String id, String room, long startMs) {
        /** The moment its announcement is due. */
        long dueMs() {
            return startMs - LEAD_MS;
        }

        /** The title, which carries the id so that a stand-in can tell which session a post announces. */
        String title() {
            return "Chaos talk " + id;
        }
    }

    /** A {@code kill -9} of one instance; {@code midPost} ones wait (bounded) for a post the stand-in holds open. */
    record Kill(long atMs, boolean midPost, long restartPauseMs) {
    }

    /** How a question reaches Emcee. */
    enum Delivery {
        /** A Slack {@code app_mention} delivered to one instance. */
        SLACK_ONCE,
        /** The same Slack event ({@code event_id}) delivered to both instances. */
        SLACK_TO_BOTH,
        /** A Slack event and then two retries of it ({@code X-Slack-Retry-Num} 1 and 2). */
        SLACK_RETRIED,
        /** A Discord MESSAGE_CREATE, which every gateway session receives. */
        DISCORD
    }

    /** One question, asked at a moment. */
    record Question(int number, long atMs, Delivery delivery) {
    }

    /** Draws the plan of a run of {@code minutes} from {@code seed}. */
    static ChaosPlan draw(long seed, int minutes) {
        Random random = new Random(seed);
        long window = minutes * 60_000L;
        List<PlannedSession> sessions = sessions(random, window);
        long editAt = window * 2 / 5;
        List<PlannedSession> edited = edit(sessions, editAt);
        return new ChaosPlan(sessions, edited, editAt, kills(random, window), questions(random, window),
                random.nextLong());
    }

    private static List<PlannedSession> sessions(Random random, long window) {
        List<PlannedSession> sessions = new ArrayList<>();
        long due = 45_000;
        while (due <= window - 20_000) {
            String id = String.format("s%03d", sessions.size() + 1);
            sessions.add(new PlannedSession(id, ROOMS.get(sessions.size() % ROOMS.size()), due + LEAD_MS));
            due += 12_000 + random.nextInt(6_000);
        }
        return sessions;
    }

    /** The schedule after the edit: the first session due a minute after it moves 30 s, the next one goes. */
    private static List<PlannedSession> edit(List<PlannedSession> sessions, long editAt) {
        List<PlannedSession> later = sessions.stream().filter(s -> s.dueMs() >= editAt + 60_000).toList();
        List<PlannedSession> edited = new ArrayList<>(sessions);
        if (later.size() >= 2) {
            PlannedSession moved = later.get(0);
            edited.set(edited.indexOf(moved), new PlannedSession(moved.id(), MOVED_ROOM, moved.startMs() + 30_000));
            edited.remove(later.get(1));
        }
        edited.add(new PlannedSession("a001", ADDED_ROOM, editAt + 75_000 + LEAD_MS));
        return edited;
    }

    private static List<Kill> kills(Random random, long window) {
        List<Kill> kills = new ArrayList<>();
        for (long at = 25_000 + random.nextInt(10_000); at <= window - 15_000; at += 30_000 + random.nextInt(30_000)) {
            kills.add(new Kill(at, random.nextInt(10) < 7, 3_000 + random.nextInt(9_000)));
        }
        return kills;
    }

    private static List<Question> questions(Random random, long window) {
        List<Question> questions = new ArrayList<>();
        Delivery[] deliveries = Delivery.values();
        for (long at = 10_000; at <= window; at += 2_000 + random.nextInt(3_000)) {
            questions.add(new Question(questions.size() + 1, at, deliveries[random.nextInt(deliveries.length)]));
        }
        return questions;
    }

    /** The session of the final schedule with this id, if it has one. */
    Optional<PlannedSession> finalSession(String id) {
        return editedSessions.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
