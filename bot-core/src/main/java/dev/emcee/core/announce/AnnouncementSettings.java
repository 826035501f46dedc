package dev.emcee.core.announce;

import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.SessionKind;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code announcements:} section of {@code emcee.yaml}.
 *
 * <pre>
 * announcements:
 *   leads: [5m, 0m]            # when to announce, before each start (default [5m])
 *   grace-window: 2m           # how late an announcement may still go out (default 2m)
 *   skip-kinds: [break, meal, service]
 *   change-notices: true       # post "Moved: ..." / "Cancelled: ..." to the digest channels
 *   channels:
 *     slack:
 *       digest: C0123456789    # every session
 *       rooms: {ll21ab: C0222222222}
 *       tracks: {distributed-systems: C0333333333}
 *     discord:
 *       digest: "112233445566778899"
 * </pre>
 *
 * @param enabled whether Emcee announces at all (default true)
 * @param leads how long before each start to announce; every lead makes its own announcement
 * @param graceWindow how late after its planned moment an announcement may still be posted
 * @param skipKinds the kinds of session that are never announced
 * @param changeNotices whether schedule changes are announced to the digest channels
 * @param channels per platform ("slack", "discord", "console"), where announcements go
 */
public record AnnouncementSettings(Boolean enabled, List<Duration> leads, Duration graceWindow,
        Set<SessionKind> skipKinds, Boolean changeNotices, Map<String, PlatformChannels> channels) {

    /** One announcement, five minutes before each start. */
    public static final List<Duration> DEFAULT_LEADS = List.of(Duration.ofMinutes(5));
    /** Late announcements still go out up to two minutes after their planned moment. */
    public static final Duration DEFAULT_GRACE_WINDOW = Duration.ofMinutes(2);
    /** Breaks, meals and service slots (registration, opening) are not announced. */
    public static final Set<SessionKind> DEFAULT_SKIP_KINDS =
            Set.copyOf(EnumSet.of(SessionKind.BREAK, SessionKind.MEAL, SessionKind.SERVICE));

    public AnnouncementSettings {
        enabled = enabled == null ? Boolean.TRUE : enabled;
        leads = leads == null ? DEFAULT_LEADS : leads.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        for (Duration lead : leads) {
            if (lead.isNegative()) {
                throw new IllegalArgumentException("announcements.leads: " + DurationText.format(lead)
                        + " is negative; a lead is how long before the start to announce, such as 5m or 0m");
            }
        }
        graceWindow = graceWindow == null ? DEFAULT_GRACE_WINDOW : graceWindow;
        if (graceWindow.isNegative()) {
            throw new IllegalArgumentException("announcements.grace-window must not be negative");
        }
        skipKinds = skipKinds == null ? DEFAULT_SKIP_KINDS : Set.copyOf(skipKinds);
        changeNotices = changeNotices == null ? Boolean.TRUE : changeNotices;
        channels = channels == null ? Map.of() : Map.copyOf(new TreeMap<>(channels));
    }

    /** All defaults: announce five minutes before, nowhere but the console. */
    public static AnnouncementSettings defaults() {
        return new AnnouncementSettings(null, null, null, null, null, null);
    }

    /**
     * The channels per platform: the settings' keys ("slack", "discord") read as platforms; keys that name no
     * platform this version knows are left out, as before.
     */
    public Map<Platform, PlatformChannels> byPlatform() {
        Map<Platform, PlatformChannels> out = new EnumMap<>(Platform.class);
        channels.forEach((key, value) -> Platform.fromKey(key).ifPresent(p -> out.put(p, value)));
        return Map.copyOf(out);
    }

    /** The channels of one platform; empty ones when the settings name none. */
    public PlatformChannels channelsOf(Platform platform) {
        return byPlatform().getOrDefault(platform, new PlatformChannels(null, null, null));
    }

    /**
     * Where one platform's announcements go.
     *
     * @param digest the channel that gets every announced session (one message per starting minute), or null
     * @param rooms room id (or room name) to channel
     * @param tracks track id (or track name) to channel
     */
    public record PlatformChannels(String digest, Map<String, String> rooms, Map<String, String> tracks) {

        public PlatformChannels {
            digest = digest == null || digest.isBlank() ? null : digest.strip();
            rooms = rooms == null ? Map.of() : Map.copyOf(rooms);
            tracks = tracks == null ? Map.of() : Map.copyOf(tracks);
        }

        /** Whether this platform has nowhere to post. */
        public boolean isEmpty() {
            return digest == null && rooms.isEmpty() && tracks.isEmpty();
        }
    }
}
