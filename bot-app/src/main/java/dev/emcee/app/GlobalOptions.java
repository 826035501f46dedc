package dev.emcee.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts, before or after the command name (picocli inherits them to subcommands). */
public final class GlobalOptions {
    @Option(scope = ScopeType.INHERIT, names = "--config", paramLabel = "DIR", description = "The operator's folder: emcee.yaml and schedules "
            + "(default: ./config).")
    Path config = Path.of("config");

    @Option(scope = ScopeType.INHERIT, names = "--schedule", paramLabel = "FILE|URL", description = "A schedule to use "
            + "instead of the configured ones: a file or http(s) URL in any format Emcee reads, optionally preceded by "
            + "a format (ical:URL). Repeat to merge several.")
    List<String> schedules = new ArrayList<>();

    @Option(scope = ScopeType.INHERIT, names = "--now", converter = OptionValues.Time.class, paramLabel = "TIME", description = "Start a simulated clock at this ISO-8601 time; "
            + "without an offset it is read in the conference's zone (e.g. 2018-06-14T11:00).")
    String now;

    @Option(scope = ScopeType.INHERIT, names = "--speed", converter = OptionValues.Speed.class, paramLabel = "N", description = "The simulated clock runs N times faster (default 1).")
    Double speed;

    @Option(scope = ScopeType.INHERIT, names = "--zone", converter = OptionValues.Zone.class, paramLabel = "ZONE", description = "The conference's time zone when a schedule names "
            + "none (e.g. America/Los_Angeles).")
    ZoneId zone;

    @Option(scope = ScopeType.INHERIT, names = "--data", paramLabel = "DIR", description = "Where Emcee keeps its state (default: ./data).")
    Path data = Path.of("data");

    /** The config folder. */
    public Path config() {
        return config;
    }

    /** The data folder. */
    public Path data() {
        return data;
    }

    /** The zone named with {@code --zone}, or null. */
    public ZoneId zone() {
        return zone;
    }

    /** The schedules named with {@code --schedule}, in order; empty to use the configured ones. */
    public List<String> schedules() {
        return schedules;
    }
}
