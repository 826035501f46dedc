package dev.emcee.scheduler;

import dev.emcee.core.notice.DirectMessageSink;
import dev.emcee.core.notice.Notice;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A direct-message sink that records what it is asked to send, and by which instance. */
final class RecordingDirectSink implements DirectMessageSink {
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
    public String platform() {
        return "console";
    }

    @Override
    public CompletableFuture<Void> send(String userId, Notice notice) {
        sent.add(new Sent(instance, userId, notice));
        return CompletableFuture.completedFuture(null);
    }
}
