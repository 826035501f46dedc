package dev.emcee.scheduler;

import dev.emcee.core.notice.DirectMessageSink;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.NoticeSink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The one place where the pipeline hands a notice to a platform: a channel post through the platform's notice
 * sink, a direct message through its direct-message sink.
 */
final class Outbound {
    private final Map<String, NoticeSink> channels = new LinkedHashMap<>();
    private final Map<String, DirectMessageSink> people = new LinkedHashMap<>();

    Outbound(List<NoticeSink> channelSinks, List<DirectMessageSink> directSinks) {
        channelSinks.forEach(s -> channels.put(s.platform(), s));
        directSinks.forEach(s -> people.put(s.platform(), s));
    }

    /** The platforms whose channels can be posted to. */
    Set<String> channelPlatforms() {
        return channels.keySet();
    }

    /** The platforms whose people can be sent direct messages. */
    Set<String> personPlatforms() {
        return people.keySet();
    }

    /** Whether a connection to the recipient's platform is running. */
    boolean reaches(Recipient recipient) {
        return recipient instanceof Recipient.Channel ? channels.containsKey(recipient.platform())
                : people.containsKey(recipient.platform());
    }

    /** Sends; the future fails when the platform refused (or no connection to it runs). */
    CompletableFuture<Void> deliver(Recipient recipient, Notice notice) {
        if (!reaches(recipient)) {
            return CompletableFuture.failedFuture(new IllegalStateException("no " + recipient.platform()
                    + " connection is running"));
        }
        return recipient instanceof Recipient.Channel
                ? channels.get(recipient.platform()).post(recipient.id(), notice)
                : people.get(recipient.platform()).send(recipient.id(), notice);
    }
}
