package dev.emcee.core.announce;

import dev.emcee.core.announce.AnnouncementSettings.PlatformChannels;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Track;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides the channels a session is announced in: each platform's digest channel, plus the channel of its room
 * and of its track where the settings name one.
 *
 * <p>Rooms and tracks are matched by id, or else by name ignoring case. A channel named twice (a room channel that
 * is also the digest) gets the announcement once. The console, when it is a sink, is a single digest route.
 */
public final class AnnouncementRoutes {
    private final Map<Platform, PlatformChannels> channels;
    private final Set<Platform> platforms;

    /**
     * @param channels the {@code channels:} settings, per platform ({@link AnnouncementSettings#byPlatform()})
     * @param platforms the platforms that have a sink now; routes to others are left out
     */
    public AnnouncementRoutes(Map<Platform, PlatformChannels> channels, Set<Platform> platforms) {
        this.channels = Map.copyOf(channels);
        this.platforms = Set.copyOf(platforms);
    }

    /** The routes of one session, in a stable order. */
    public List<Route> routesFor(Session session, Schedule schedule) {
        TreeSet<Route> routes = new TreeSet<>();
        for (Platform platform : platforms) {
            if (platform == Platform.CONSOLE) {
                routes.add(Route.console());
                continue;
            }
            PlatformChannels c = channels.get(platform);
            if (c == null) {
                continue;
            }
            if (c.digest() != null) {
                routes.add(new Route(platform, c.digest()));
            }
            Optional<Room> room = schedule.room(session.room());
            lookUp(c.rooms(), session.room().value(), room.map(Room::name)).ifPresent(ch -> routes.add(new Route(platform, ch)));
            session.track().ifPresent(trackId -> lookUp(c.tracks(), trackId.value(),
                    schedule.track(trackId).map(Track::name)).ifPresent(ch -> routes.add(new Route(platform, ch))));
        }
        return List.copyOf(routes);
    }

    /** The channel of a room on every platform that maps it (the console's output, for the console). */
    public List<Route> roomRoutes(Room room) {
        TreeSet<Route> routes = new TreeSet<>();
        for (Platform platform : platforms) {
            if (platform == Platform.CONSOLE) {
                routes.add(Route.console());
            } else {
                Optional.ofNullable(channels.get(platform)).flatMap(c -> lookUp(c.rooms(), room.id().value(),
                        Optional.of(room.name()))).ifPresent(ch -> routes.add(new Route(platform, ch)));
            }
        }
        return List.copyOf(routes);
    }

    /** The digest channel of every platform that has one (where schedule-change notices go). */
    public List<Route> digestRoutes() {
        TreeSet<Route> routes = new TreeSet<>();
        for (Platform platform : platforms) {
            if (platform == Platform.CONSOLE) {
                routes.add(Route.console());
            } else {
                Optional.ofNullable(channels.get(platform)).map(PlatformChannels::digest)
                        .ifPresent(d -> routes.add(new Route(platform, d)));
            }
        }
        return List.copyOf(routes);
    }

    private static Optional<String> lookUp(Map<String, String> map, String id, Optional<String> name) {
        String byId = map.get(id);
        if (byId != null) {
            return Optional.of(byId);
        }
        String lowerId = id.toLowerCase(Locale.ROOT);
        String lowerName = name.map(n -> n.toLowerCase(Locale.ROOT)).orElse(null);
        return map.entrySet().stream()
                .filter(e -> {
                    String key = e.getKey().toLowerCase(Locale.ROOT);
                    return key.equals(lowerId) || key.equals(lowerName);
                })
                .map(Map.Entry::getValue)
                .sorted()
                .findFirst();
    }
}
