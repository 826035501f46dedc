package dev.emcee.app.doctor;

import dev.emcee.app.announce.AnnouncementTargets;
import dev.emcee.app.doctor.check.DoctorContext;
import dev.emcee.app.doctor.check.Finding;
import dev.emcee.app.platform.ChatPlatform;
import dev.emcee.app.platform.Platforms;
import dev.emcee.app.settings.Settings;
import dev.emcee.core.announce.AnnouncementSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Says which platforms' announcements this instance would leave to the others on its database: those the settings
 * name channels for whose token is not set here, or was refused (a failed platform finding). {@code emcee run} then
 * neither plans nor removes their jobs; an instance that serves the platform does.
 */
final class ServedPlatformChecks {
    private ServedPlatformChecks() {
    }

    /** The findings, given those of the other checks (a refused token among them). */
    static List<Finding> leftToOthers(DoctorContext c, List<Finding> found) {
        if (c.settings().isEmpty() || !c.settings().get().announcements().enabled()) {
            return List.of();
        }
        Settings settings = c.settings().get();
        AnnouncementSettings announcements = settings.announcements();
        boolean shared = settings.database().isShared();
        List<Finding> out = new ArrayList<>();
        for (ChatPlatform platform : Platforms.ALL) {
            if (announcements.channelsOf(platform.platform()).isEmpty()) {
                continue;
            }
            String key = platform.platform().key();
            boolean configured = platform.configured(c.environment());
            boolean refused = found.stream().anyMatch(f -> f.subject().equals(key)
                    && f.status() == Finding.Status.FAIL);
            if (configured && !refused) {
                continue;
            }
            String name = AnnouncementTargets.displayName(platform.platform());
            String why = configured ? "its token was refused, see above" : platform.tokenVariable() + " is not set";
            out.add(Finding.warn("announcements", name + " channels are set but this instance cannot serve "
                    + name + " (" + why + "): it leaves " + name + "'s announcements to the instances that serve it"
                    + (shared ? " on the shared database" : ", and with the embedded database there are none, so "
                            + "they are not posted"),
                    (configured ? "fix the token as said above" : "set " + platform.tokenVariable())
                            + ", or run an instance that serves " + name + " on the same database; if " + name
                            + " is gone for good, remove announcements.channels." + key));
        }
        return out;
    }
}
