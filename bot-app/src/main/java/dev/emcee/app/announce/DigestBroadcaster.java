package dev.emcee.app.announce;

import dev.emcee.core.announce.AnnouncementRoutes;
import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.announce.Route;
import dev.emcee.core.notice.Broadcast;
import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.organize.BroadcastPoster;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.Room;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts organizers' announcements to the digest channel of every platform that announces (the console's output in
 * console mode), or to the channels of the rooms named ({@code announcements.channels.PLATFORM.rooms}), through the
 * same outbound ports as the announcements.
 */
final class DigestBroadcaster implements BroadcastPoster {
    private static final Logger LOG = LoggerFactory.getLogger(DigestBroadcaster.class);

    private final AnnouncementRoutes routes;
    private final Map<Platform, Outbound> outbounds = new EnumMap<>(Platform.class);

    DigestBroadcaster(AnnouncementSettings settings, List<Outbound> announcing) {
        announcing.forEach(o -> outbounds.put(o.platform(), o));
        this.routes = new AnnouncementRoutes(settings.byPlatform(), outbounds.keySet());
    }

    @Override
    public List<String> targets() {
        return routes.digestRoutes().stream().map(Route::toString).toList();
    }

    @Override
    public List<String> targets(Room room) {
        return routes.roomRoutes(room).stream().map(Route::toString).toList();
    }

    @Override
    public List<String> post(String delivery, Broadcast broadcast) {
        return postTo(routes.digestRoutes(), delivery, broadcast);
    }

    @Override
    public List<String> post(String delivery, Broadcast broadcast, List<Room> rooms) {
        return postTo(rooms.stream().flatMap(r -> routes.roomRoutes(r).stream()).distinct().toList(), delivery,
                broadcast);
    }

    private List<String> postTo(List<Route> targets, String delivery, Broadcast broadcast) {
        for (Route route : targets) {
            outbounds.get(route.platform()).post(route.channel(), broadcast,
                    DeliveryKey.of(delivery + "|" + route)).whenComplete((done, failure) -> {
                if (failure != null) {
                    LOG.warn("Could not post an organizers' announcement to {}: {}", route, failure.toString());
                }
            });
        }
        return targets.stream().map(Route::toString).toList();
    }
}
