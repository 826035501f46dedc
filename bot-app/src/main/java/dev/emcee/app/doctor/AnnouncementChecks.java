package dev.emcee.app.doctor;

import dev.emcee.app.announce.AnnouncementTargets;
import dev.emcee.app.doctor.check.DoctorCheck;
import dev.emcee.app.doctor.check.DoctorContext;
import dev.emcee.app.doctor.check.Finding;
import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.platform.Platform;
import java.util.ArrayList;
import java.util.List;

/** Checks that every platform Emcee connects to has somewhere to post announcements. */
final class AnnouncementChecks {
    private AnnouncementChecks() {
    }

    static List<Finding> announcements(DoctorContext c) {
        if (c.settings().isEmpty()) {
            return List.of();
        }
        AnnouncementSettings settings = c.settings().get().announcements();
        if (!settings.enabled()) {
            return List.of(Finding.ok("announcements", "off (announcements.enabled is false)"));
        }
        List<Platform> platforms = AnnouncementTargets.platforms(c.environment());
        if (platforms.equals(List.of(Platform.CONSOLE))) {
            return List.of(Finding.ok("announcements", "on the console (no chat platform is configured)"));
        }
        List<Platform> silent = AnnouncementTargets.withoutChannels(settings, platforms);
        List<Finding> out = new ArrayList<>();
        for (Platform platform : platforms) {
            out.add(silent.contains(platform)
                    ? Finding.warn("announcements", AnnouncementTargets.displayName(platform)
                            + " has no announcement channel, so no session will be announced there",
                            AnnouncementTargets.fix(platform))
                    : Finding.ok("announcements", AnnouncementTargets.displayName(platform) + ": "
                            + channels(settings.channelsOf(platform))));
        }
        return out;
    }

    private static String channels(AnnouncementSettings.PlatformChannels channels) {
        List<String> parts = new ArrayList<>();
        if (channels.digest() != null) {
            parts.add("digest " + channels.digest());
        }
        if (!channels.rooms().isEmpty()) {
            parts.add(channels.rooms().size() + " room channel" + (channels.rooms().size() == 1 ? "" : "s"));
        }
        if (!channels.tracks().isEmpty()) {
            parts.add(channels.tracks().size() + " track channel" + (channels.tracks().size() == 1 ? "" : "s"));
        }
        return String.join(", ", parts);
    }
}
