package dev.emcee.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Finds sessions by time in a time-ordered list (all sessions, or a room's, a track's) with binary searches, so
 * that "next", "now" and "at 2:30" cost a logarithm of the schedule's size, not a scan.
 */
public final class SessionTimeline {
    private SessionTimeline() {
    }

    /** The index of the first session starting at or after {@code instant} ({@code size()} when none). */
    public static int firstStartingAtOrAfter(List<Session> timeOrdered, Instant instant) {
        int low = 0;
        int high = timeOrdered.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (timeOrdered.get(mid).start().isBefore(instant)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The sessions starting in {@code [from, to)}, in time order. */
    public static List<Session> startingBetween(List<Session> timeOrdered, Instant from, Instant to) {
        int start = firstStartingAtOrAfter(timeOrdered, from);
        int end = firstStartingAtOrAfter(timeOrdered, to);
        return start >= end ? List.of() : timeOrdered.subList(start, end);
    }

    /**
     * Whether any session is running at {@code instant}, as {@link #runningAt} but without making the list.
     *
     * @param longest the longest session of the list (no running session started earlier than that before)
     */
    public static boolean anyRunningAt(List<Session> timeOrdered, Instant instant, Duration longest) {
        int to = firstStartingAtOrAfter(timeOrdered, instant.plusNanos(1));
        for (int i = firstStartingAtOrAfter(timeOrdered, instant.minus(longest)); i < to; i++) {
            if (timeOrdered.get(i).isRunningAt(instant)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sessions running at {@code instant}: started at or before it and not yet ended.
     *
     * @param longest the longest session of the list (no running session started earlier than that before)
     */
    public static List<Session> runningAt(List<Session> timeOrdered, Instant instant, Duration longest) {
        int from = firstStartingAtOrAfter(timeOrdered, instant.minus(longest));
        int to = firstStartingAtOrAfter(timeOrdered, instant.plusNanos(1));
        List<Session> candidates = from >= to ? List.of() : timeOrdered.subList(from, to);
        return candidates.stream().filter(s -> s.isRunningAt(instant)).toList();
    }
}
