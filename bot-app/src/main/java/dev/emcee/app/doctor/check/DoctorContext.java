package dev.emcee.app.doctor.check;

import dev.emcee.app.settings.Environment;
import dev.emcee.app.settings.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the checks look at. The settings are empty when they could not be loaded (the configuration check says
 * why), so the other checks can still run on what is known.
 */
public record DoctorContext(Path configDirectory, Path dataDirectory, List<String> scheduleOverride,
        Optional<Settings> settings, Environment environment) {
}
