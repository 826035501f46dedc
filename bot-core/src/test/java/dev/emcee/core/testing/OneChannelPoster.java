package dev.emcee.core.testing;

import dev.emcee.core.notice.Broadcast;
import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.organize.BroadcastPoster;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.RoomId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** Posts organizers' announcements to one channel through a platform's real outbound port, for adapter tests. */
public final class OneChannelPoster implements BroadcastPoster {
    private final Supplier<Outbound> outbound;
    private final String channel;
    private final Map<RoomId, String> roomChannels;

    /** @param outbound the port, asked for at each post (adapters' tests connect after wiring the core) */
    public OneChannelPoster(Supplier<Outbound> outbound, String channel) {
        this(outbound, channel, Map.of());
    }

    /** @param roomChannels the channel of each room that has one */
    public OneChannelPoster(Supplier<Outbound> outbound, String channel, Map<RoomId, String> roomChannels) {
        this.outbound = outbound;
        this.channel = channel;
        this.roomChannels = Map.copyOf(roomChannels);
    }

    @Override
    public List<String> targets() {
        return List.of(outbound.get().platform().key() + ":" + channel);
    }

    @Override
    public List<String> targets(Room room) {
        return Optional.ofNullable(roomChannels.get(room.id())).map(c -> outbound.get().platform().key() + ":" + c)
                .stream().toList();
    }

    @Override
    public List<String> post(String delivery, Broadcast broadcast, List<Room> rooms) {
        List<String> channels = rooms.stream().map(r -> roomChannels.get(r.id())).filter(Objects::nonNull).distinct()
                .toList();
        channels.forEach(c -> outbound.get().post(c, broadcast, DeliveryKey.of(delivery + "|" + c)));
        return channels.stream().map(c -> outbound.get().platform().key() + ":" + c).toList();
    }

    @Override
    public List<String> post(String delivery, Broadcast broadcast) {
        outbound.get().post(channel, broadcast, DeliveryKey.of(delivery + "|" + channel));
        return targets();
    }
}
