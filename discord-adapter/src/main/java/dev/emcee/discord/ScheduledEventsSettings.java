package dev.emcee.discord;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.emcee.core.events.EventWindow;
import dev.emcee.core.schedule.SessionKind;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code discord.scheduled-events}: whether Emcee keeps the server's Events list in step with the schedule, and
 * which sessions it lists there.
 *
 * @param enabled off by default; on, the invite link asks for the Create Events permission
 * @param limit how many events Emcee keeps at a time (Discord holds {@value #DISCORD_CAPACITY} per server,
 *     everyone's together); default {@value #DISCORD_CAPACITY}
 * @param ahead how far ahead sessions are listed; default {@code 168h} (a week)
 * @param tracks only these tracks (ids or names); default every track
 * @param kinds only these kinds of session; default every kind but breaks, meals and service slots
 * @param tags only sessions with one of these topics; default every session
 */
public record ScheduledEventsSettings(
        @JsonProperty("enabled") boolean enabled,
        @JsonProperty("limit") Integer limit,
        @JsonProperty("ahead") Duration ahead,
        @JsonProperty("tracks") List<String> tracks,
        @JsonProperty("kinds") @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES)
        Set<SessionKind> kinds,
        @JsonProperty("tags") List<String> tags) {

    /** How many scheduled events Discord keeps per server. */
    public static final int DISCORD_CAPACITY = 100;

    public ScheduledEventsSettings {
        limit = limit == null ? DISCORD_CAPACITY : limit;
        ahead = ahead == null ? EventWindow.DEFAULT_AHEAD : ahead;
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (limit < 1 || limit > DISCORD_CAPACITY) {
            throw new IllegalArgumentException("discord.scheduled-events.limit must be between 1 and "
                    + DISCORD_CAPACITY + " (Discord keeps at most " + DISCORD_CAPACITY + " scheduled events per "
                    + "server), not " + limit);
        }
        if (ahead.isNegative() || ahead.isZero()) {
            throw new IllegalArgumentException("discord.scheduled-events.ahead must be positive (such as 48h), not "
                    + ahead);
        }
    }

    /** Off. */
    public static ScheduledEventsSettings off() {
        return new ScheduledEventsSettings(false, null, null, null, null, null);
    }

    /** Which sessions the Events list holds, for the planner. */
    public EventWindow window() {
        return new EventWindow(DISCORD_CAPACITY, limit, ahead, Set.copyOf(tracks), kinds, Set.copyOf(tags));
    }
}
