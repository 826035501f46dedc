package dev.emcee.core.testing;

import dev.emcee.core.notice.Broadcast;
import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.organize.BroadcastPoster;
import java.util.List;
import java.util.function.Supplier;

/** Posts organizers' announcements to one channel through a platform's real outbound port, for adapter tests. */
public final class OneChannelPoster implements BroadcastPoster {
    private final Supplier<Outbound> outbound;
    private final String channel;

    /** @param outbound the port, asked for at each post (adapters' tests connect after wiring the core) */
    public OneChannelPoster(Supplier<Outbound> outbound, String channel) {
        this.outbound = outbound;
        this.channel = channel;
    }

    @Override
    public List<String> targets() {
        return List.of(outbound.get().platform().key() + ":" + channel);
    }

    @Override
    public List<String> post(String delivery, Broadcast broadcast) {
        outbound.get().post(channel, broadcast, DeliveryKey.of(delivery + "|" + channel));
        return targets();
    }
}
