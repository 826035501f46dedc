package dev.emcee.app.command;

import dev.emcee.app.GlobalOptions;
import dev.emcee.app.Launch;
import dev.emcee.app.ScheduleFiles;
import dev.emcee.app.settings.Settings;
import dev.emcee.app.settings.SettingsException;
import dev.emcee.app.settings.SettingsLoader;
import dev.emcee.sources.ScheduleSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The schedules and zone a one-shot command ({@code check}, {@code export}) works on: the sources on its command
 * line, else {@code --schedule}, else the settings' {@code schedule.files}; the zone from {@code --zone}, else
 * {@code schedule.zone}; and the configured FAQ file ({@code faq.file}) when the schedules are the configured ones.
 * The settings are read only when they are needed or present (then {@link #settings()} holds them).
 */
record ScheduleChoice(List<ScheduleSource> sources, Optional<ZoneId> zone, Optional<Path> faq,
        Optional<Settings> settings) {

    /** Thrown with a message for the operator. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    static ScheduleChoice of(GlobalOptions options, Launch launch, List<String> arguments) throws Refused {
        List<String> named = new ArrayList<>(arguments);
        named.addAll(options.schedules());
        Optional<Settings> settings = settings(options, launch, named.isEmpty());
        List<ScheduleSource> sources = ScheduleFiles.sources(named, options.config(),
                settings.map(s -> s.schedule().files()).orElse(List.of()));
        if (sources.isEmpty()) {
            throw new Refused("no schedule given: name a FILE or URL, pass --schedule, or list it under "
                    + "'schedule.files' in " + options.config().resolve(SettingsLoader.FILE_NAME));
        }
        Optional<ZoneId> zone = Optional.ofNullable(options.zone());
        if (zone.isEmpty() && settings.isPresent() && settings.get().schedule().zone() != null) {
            try {
                zone = Optional.of(ZoneId.of(settings.get().schedule().zone()));
            } catch (DateTimeException e) {
                throw new Refused("setting 'schedule.zone' is not a time zone: '" + settings.get().schedule().zone()
                        + "'; use a region name such as America/Los_Angeles");
            }
        }
        Optional<Path> faq = named.isEmpty() ? settings.flatMap(s -> s.faq().path(options.config()))
                : Optional.empty();
        return new ScheduleChoice(sources, zone, faq, settings);
    }

    private static Optional<Settings> settings(GlobalOptions options, Launch launch, boolean needed) throws Refused {
        if (!Files.isRegularFile(options.config().resolve(SettingsLoader.FILE_NAME))) {
            if (needed) {
                throw new Refused("no schedule given and no settings in " + options.config().toAbsolutePath()
                        + "; name a FILE or URL, or pass --config DIR");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(new SettingsLoader().load(options.config(), launch.environment()));
        } catch (SettingsException e) {
            if (needed) {
                throw new Refused(e.getMessage());
            }
            return Optional.empty();
        }
    }
}
