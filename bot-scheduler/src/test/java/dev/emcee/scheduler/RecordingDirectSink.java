package dev.emcee.scheduler;

import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.platform.Platform;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A direct-message sink that records what it is asked to send, and by which instance. */
final class RecordingDirectSink implements Outbound {
    /** One message: who sent it, to whom, what. */
    record Sent(String instance, String userId, Notice notice) {
    }

    private final String instance;
    private final List<Sent> sent;

    RecordingDirectSink(String instance, List<Sent> shared) {
        this.instance = instance;
        this.sent = shared;
    }

    @Override
    public Platform platform() {
        return Platform.CONSOLE;
    }

    /** Reminder tests post nothing to channels; a post here is a mistake in the test. */
    @Override
    public CompletableFuture<Void> post(String channelId, Notice notice, DeliveryKey key) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("a DM recorder posts to no channel"));
    }

    @Override
    public CompletableFuture<Void> send(String userId, Notice notice, DeliveryKey key) {
        sent.add(new Sent(instance, userId, notice));
        return CompletableFuture.completedFuture(null);
    }
}
