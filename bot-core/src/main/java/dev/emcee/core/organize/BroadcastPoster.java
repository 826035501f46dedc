package dev.emcee.core.organize;

import dev.emcee.core.notice.Broadcast;
import java.util.List;

/** Posts an organizer's announcement to the digest channels of every connected platform. */
public interface BroadcastPoster {
    /** Where a broadcast would be posted now ("slack:C0123", "console"), for the preview. */
    List<String> targets();

    /**
     * Posts {@code broadcast} to every target; failures are logged by the platforms. Returns the targets.
     *
     * @param delivery what names this post uniquely and stably ({@code broadcast:ID}, {@code morning-agenda:DAY}),
     *     for the platforms' own recognition of a repeated post
     */
    List<String> post(String delivery, Broadcast broadcast);
}
