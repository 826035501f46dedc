package dev.emcee.app.doctor;

import dev.emcee.app.ScheduleFiles;
import dev.emcee.app.doctor.check.DoctorCheck;
import dev.emcee.app.doctor.check.DoctorContext;
import dev.emcee.app.doctor.check.Finding;
import dev.emcee.app.settings.Settings;
import dev.emcee.app.settings.SettingsException;
import dev.emcee.app.settings.SettingsLoader;
import dev.emcee.sources.ScheduleSource;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.Problem;
import dev.emcee.sources.read.ScheduleLoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The checks every installation needs: configuration, schedule, data folder and clock. */
final class BasicChecks {
    private BasicChecks() {
    }

    /** Loads the settings, or explains why they cannot be loaded. */
    static Optional<Settings> loadSettings(Path config, dev.emcee.app.settings.Environment environment,
            List<Finding> findings) {
        if (!Files.isDirectory(config)) {
            findings.add(Finding.fail("configuration", "the config folder " + config.toAbsolutePath()
                    + " does not exist", "run Emcee from its folder or pass --config DIR"));
            return Optional.empty();
        }
        try {
            Settings settings = new SettingsLoader().load(config, environment);
            Path file = config.resolve(SettingsLoader.FILE_NAME);
            findings.add(Finding.ok("configuration", Files.exists(file) ? file + " is valid"
                    : "no " + file + "; every setting has its default"));
            return Optional.of(settings);
        } catch (SettingsException e) {
            findings.add(Finding.fail("configuration", e.getMessage(), "correct the setting; the README's "
                    + "settings table lists every setting with its type and default"));
            return Optional.empty();
        }
    }

    static List<Finding> schedule(DoctorContext c) {
        if (c.settings().isEmpty() && c.scheduleOverride().isEmpty()) {
            return List.of(Finding.warn("schedule", "not checked: the settings could not be read",
                    "fix the configuration first"));
        }
        List<ScheduleSource> sources = ScheduleFiles.sources(c.scheduleOverride(), c.configDirectory(),
                c.settings().map(s -> s.schedule().files()).orElse(List.of()));
        if (sources.isEmpty()) {
            return List.of(Finding.fail("schedule", "no schedule is configured",
                    "list it under schedule.files in " + c.configDirectory().resolve(SettingsLoader.FILE_NAME)));
        }
        Optional<ZoneId> zone;
        try {
            zone = c.settings().map(s -> s.schedule().zone()).map(ZoneId::of);
        } catch (DateTimeException e) {
            return List.of(Finding.fail("schedule", "schedule.zone is not a time zone",
                    "use a region name such as America/Los_Angeles"));
        }
        try {
            LoadedSchedule loaded = ScheduleFiles.read(sources, zone, Clock.systemUTC());
            List<Finding> out = new ArrayList<>();
            var s = loaded.schedule();
            String names = sources.stream().map(ScheduleSource::toString)
                    .collect(java.util.stream.Collectors.joining(", "));
            out.add(Finding.ok("schedule", names + ": " + s.conference().name() + ", " + count(s.sessions().size(),
                    "session") + ", " + count(s.rooms().size(), "room") + ", zone " + s.zone().getId()));
            for (Problem warning : loaded.warnings()) {
                out.add(Finding.warn("schedule", warning.toString(), "check the source; Emcee still serves it"));
            }
            return out;
        } catch (ScheduleLoadException e) {
            return e.problems().stream().map(p -> p.isError()
                    ? Finding.fail("schedule", p.toString(), "fix the file at that line; the last good schedule "
                            + "stays in service while Emcee runs")
                    : Finding.warn("schedule", p.toString(), "")).toList();
        }
    }

    static List<Finding> dataFolder(DoctorContext c) {
        Path data = c.dataDirectory().toAbsolutePath();
        try {
            Files.createDirectories(data);
            Path probe = Files.createTempFile(data, ".doctor", ".tmp");
            Files.delete(probe);
            return List.of(Finding.ok("data folder", data + " is writable"));
        } catch (IOException | SecurityException e) {
            return List.of(Finding.fail("data folder", data + " is not writable (" + e.getClass().getSimpleName()
                    + ")", "create it and give the user running Emcee write access, or pass --data DIR"));
        }
    }

    static List<Finding> clock(DoctorContext c) {
        if (c.settings().isEmpty()) {
            return List.of();
        }
        return c.settings().filter(s -> s.clock().simulatedStart() != null)
                .map(s -> List.of(Finding.warn("clock", "simulated, starting at " + s.clock().simulatedStart()
                        + " conference time", "fine for a demo or rehearsal; for the real conference remove "
                        + "clock.simulated-start from " + c.configDirectory().resolve(SettingsLoader.FILE_NAME))))
                .orElse(List.of(Finding.ok("clock", "the real clock")));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
