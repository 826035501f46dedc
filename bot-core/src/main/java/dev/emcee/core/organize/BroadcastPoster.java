package dev.emcee.core.organize;

import dev.emcee.core.notice.Broadcast;
import dev.emcee.core.schedule.Room;
import java.util.List;

/** Posts an organizer's announcement to the digest channels of every connected platform, or to rooms' channels. */
public interface BroadcastPoster {
    /** Where a broadcast would be posted now ("slack:C0123", "console"), for the preview. */
    List<String> targets();

    /** Where a broadcast to {@code room} would be posted now: its channels on each platform; empty when none. */
    List<String> targets(Room room);

    /**
     * Posts {@code broadcast} to every target; failures are logged by the platforms. Returns the targets.
     *
     * @param delivery what names this post uniquely and stably ({@code broadcast:ID}, {@code morning-agenda:DAY}),
     *     for the platforms' own recognition of a repeated post
     */
    List<String> post(String delivery, Broadcast broadcast);

    /** Posts {@code broadcast} to the channels of {@code rooms} (each channel once). Returns the targets. */
    List<String> post(String delivery, Broadcast broadcast, List<Room> rooms);
}
