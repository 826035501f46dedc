package dev.emcee.bench.chaos;

import dev.emcee.bench.chaos.ChaosPlan.PlannedSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The counts of a chaos run, from the final plan and what the stand-ins saw, and the one line that scripts read.
 *
 * <p>An announcement is due once per platform for each session of the final schedule (a moved session at its new
 * time only, a deleted one never). A message created more than {@link #EARLY_MS} before its due moment, or for a
 * session the final schedule does not have, is unexpected and counts as duplicated. A question is excused when an
 * instance was killed from one second before it to {@link #DYING_MS} after it: the seconds an instance takes to
 * die, in which a question it had taken is lost with it; excused questions without an answer are reported apart,
 * not as unanswered.
 */
record ChaosTally(int announcementsDue, int announcementsPosted, int announcementsDuplicated,
                  int announcementsMissing, int unexpected, int questions, int answers, int questionsDuplicated,
                  int unanswered, int excused, int excusedUnanswered, int kills, int midPost,
                  double latenessP50, double latenessMax) {
    static final List<String> PLATFORMS = List.of("slack", "discord");
    static final long EARLY_MS = 5_000;
    static final long DYING_MS = 10_000;

    /** A question as it was asked: its number and the moment. */
    record Asked(int number, long atMs) {
    }

    /** A kill as it happened: the moment, and whether the victim had a post held open then. */
    record Killed(long atMs, boolean midPost) {
    }

    /** Counts what {@code seen} saw against {@code plan}'s final schedule. */
    static ChaosTally count(ChaosPlan plan, Observations seen, List<Asked> asked, List<Killed> killed) {
        int due = 0;
        int posted = 0;
        int duplicated = 0;
        int missing = 0;
        int unexpected = 0;
        List<Double> lateness = new ArrayList<>();
        Set<String> expected = new HashSet<>();
        for (PlannedSession session : plan.editedSessions()) {
            for (String platform : PLATFORMS) {
                expected.add(platform + ":" + session.id());
                due++;
                List<Long> times = seen.announcementsOf(platform, session.id());
                List<Long> onTime = times.stream().filter(t -> t >= session.dueMs() - EARLY_MS).sorted().toList();
                unexpected += times.size() - onTime.size();
                if (onTime.isEmpty()) {
                    missing++;
                } else {
                    posted++;
                    duplicated += onTime.size() - 1;
                    lateness.add(Math.max(0, onTime.get(0) - session.dueMs()) / 1000.0);
                }
            }
        }
        for (String key : seen.announcedKeys()) {
            if (!expected.contains(key)) {
                String[] parts = key.split(":", 2);
                unexpected += seen.announcementsOf(parts[0], parts[1]).size();
            }
        }
        Collections.sort(lateness);
        double p50 = lateness.isEmpty() ? 0 : lateness.get((lateness.size() - 1) / 2);
        double max = lateness.isEmpty() ? 0 : lateness.get(lateness.size() - 1);
        int answers = 0;
        int questionsDuplicated = 0;
        int unanswered = 0;
        int excused = 0;
        int excusedUnanswered = 0;
        for (Asked question : asked) {
            int replies = seen.repliesTo(question.number());
            answers += replies;
            questionsDuplicated += Math.max(0, replies - 1);
            boolean dying = killed.stream().anyMatch(k -> k.atMs() >= question.atMs() - 1_000
                    && k.atMs() <= question.atMs() + DYING_MS);
            excused += dying ? 1 : 0;
            if (replies == 0) {
                if (dying) {
                    excusedUnanswered++;
                } else {
                    unanswered++;
                }
            }
        }
        int midPost = (int) killed.stream().filter(Killed::midPost).count();
        return new ChaosTally(due, posted, duplicated + unexpected, missing, unexpected, asked.size(), answers,
                questionsDuplicated, unanswered, excused, excusedUnanswered, killed.size(), midPost, p50, max);
    }

    /** Each announcement of the final schedule not posted exactly once, as "slack:s017 posted 2 times". */
    static List<String> announcementProblems(ChaosPlan plan, Observations seen) {
        List<String> problems = new ArrayList<>();
        for (PlannedSession session : plan.editedSessions()) {
            for (String platform : PLATFORMS) {
                int times = seen.announcementsOf(platform, session.id()).size();
                if (times != 1) {
                    problems.add(platform + ":" + session.id() + " posted " + times + " times");
                }
            }
        }
        return problems;
    }

    /** Whether anything was duplicated or missing (the run then exits with 1). */
    boolean failed() {
        return announcementsDuplicated > 0 || announcementsMissing > 0 || questionsDuplicated > 0 || unanswered > 0;
    }

    /** The detail printed just before the last line. */
    String detail() {
        return String.format(Locale.ROOT, "chaos detail: unexpected announcements %d (counted as duplicated);"
                + " questions asked while an instance was dying %d, of which unanswered %d", unexpected, excused,
                excusedUnanswered);
    }

    /** The last line of the run, in the form scripts read. */
    String line() {
        return String.format(Locale.ROOT, "chaos: announcements due %d posted %d duplicated %d missing %d;"
                        + " questions %d answers %d duplicated %d unanswered %d; kills %d mid-post %d;"
                        + " lateness p50 %.2f max %.2f", announcementsDue, announcementsPosted,
                announcementsDuplicated, announcementsMissing, questions, answers, questionsDuplicated, unanswered,
                kills, midPost, latenessP50, latenessMax);
    }
}
