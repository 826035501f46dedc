package dev.emcee.scheduler;

import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.platform.Platform;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The one place where the pipeline hands a notice to a platform's {@link Outbound} port: a channel post for the
 * platforms it announces on, a direct message for those whose people get reminders.
 */
final class Outbounds {
    private final Map<Platform, Outbound> channels = new EnumMap<>(Platform.class);
    private final Map<Platform, Outbound> people = new EnumMap<>(Platform.class);

    Outbounds(List<Outbound> channelSinks, List<Outbound> directSinks) {
        channelSinks.forEach(s -> channels.put(s.platform(), s));
        directSinks.forEach(s -> people.put(s.platform(), s));
    }

    /** The platforms whose channels can be posted to. */
    Set<Platform> channelPlatforms() {
        return channels.keySet();
    }

    /** The platforms whose people can be sent direct messages. */
    Set<Platform> personPlatforms() {
        return people.keySet();
    }

    /** The platforms reached at all, by channel post or direct message: those whose jobs this instance serves. */
    Set<Platform> platforms() {
        Set<Platform> all = EnumSet.noneOf(Platform.class);
        all.addAll(channels.keySet());
        all.addAll(people.keySet());
        return all;
    }

    /** Whether a connection to the recipient's platform is running. */
    boolean reaches(Recipient recipient) {
        return recipient instanceof Recipient.Channel ? channels.containsKey(recipient.platform())
                : people.containsKey(recipient.platform());
    }

    /** Sends, once for the key; the future fails when the platform refused (or no connection to it runs). */
    CompletableFuture<Void> deliver(Recipient recipient, Notice notice, DeliveryKey key) {
        if (!reaches(recipient)) {
            return CompletableFuture.failedFuture(new IllegalStateException("no " + recipient.platform().key()
                    + " connection is running"));
        }
        return recipient instanceof Recipient.Channel
                ? channels.get(recipient.platform()).post(recipient.id(), notice, key)
                : people.get(recipient.platform()).send(recipient.id(), notice, key);
    }
}
