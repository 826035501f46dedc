package dev.emcee.core.events;

import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionKind;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which sessions Emcee keeps in a platform's events list, and how many at a time.
 *
 * @param capacity how many events the platform's list holds at most, everyone's together (100 on Discord)
 * @param limit how many of them Emcee may fill (at most {@code capacity}; fewer when others take places)
 * @param ahead how far ahead a session is listed: sessions starting later wait
 * @param tracks the tracks selected, by id or name (any case); empty selects every track
 * @param kinds the kinds of session selected; by default every kind but breaks, meals and service slots
 * @param tags the topics selected (any case); empty selects every session
 */
public record EventWindow(int capacity, int limit, Duration ahead, Set<String> tracks, Set<SessionKind> kinds,
        Set<String> tags) {
    /** How far ahead sessions are listed by default: a week, more than most conferences last. */
    public static final Duration DEFAULT_AHEAD = Duration.ofDays(7);

    public EventWindow {
        if (capacity < 1 || limit < 1 || limit > capacity) {
            throw new IllegalArgumentException("the events limit must be between 1 and " + capacity + ", not "
                    + limit);
        }
        if (ahead == null || ahead.isNegative() || ahead.isZero()) {
            throw new IllegalArgumentException("how far ahead events are listed must be positive, not " + ahead);
        }
        tracks = lower(tracks);
        kinds = kinds == null || kinds.isEmpty() ? contentKinds() : Set.copyOf(kinds);
        tags = lower(tags);
    }

    /** Every kind of session but the intermissions (breaks, meals, service slots). */
    public static Set<SessionKind> contentKinds() {
        return Arrays.stream(SessionKind.values()).filter(k -> !k.isIntermission())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SessionKind.class)));
    }

    /** Whether the organizer's selection takes this session (by track, kind and tag; the window aside). */
    public boolean selects(Session session, Schedule schedule) {
        if (!kinds.contains(session.kind())) {
            return false;
        }
        if (!tracks.isEmpty() && session.track().filter(t -> tracks.contains(lower(t.value()))
                || schedule.track(t).map(track -> tracks.contains(lower(track.name()))).orElse(false)).isEmpty()) {
            return false;
        }
        return tags.isEmpty() || session.topics().stream().anyMatch(topic -> tags.contains(lower(topic)));
    }

    private static Set<String> lower(Set<String> values) {
        return values == null ? Set.of() : values.stream().map(EventWindow::lower).collect(Collectors.toSet());
    }

    private static String lower(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
