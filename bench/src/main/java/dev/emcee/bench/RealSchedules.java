package dev.emcee.bench;

import dev.emcee.core.schedule.Schedule;
import dev.emcee.sources.ScheduleImporter;
import dev.emcee.sources.read.ReadOptions;
import dev.emcee.sources.read.ScheduleLoadException;
import dev.emcee.sources.read.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The real schedule exports in {@code shared/schedules}, read with Emcee's importer as {@code emcee run} reads
 * them, with the zone an operator must give for the exports that name none.
 */
public final class RealSchedules {
    /** Every export the import benchmark reads, with the zone it needs (or none). */
    public static final Map<String, Optional<ZoneId>> FILES = Map.of(
            "frab_xml_fosdem2021.xml", Optional.of(ZoneId.of("Europe/Brussels")),
            "frab_xml_39c3_2025_hub.xml", Optional.empty(),
            "frab_xml_debconf23.xml", Optional.empty(),
            "c3voc_json_frab_camp2019.json", Optional.empty(),
            "c3voc_json_pretalx_rc3_channels2020.json", Optional.of(ZoneId.of("Europe/Berlin")),
            "ics_linux_conf_au_2020.ics", Optional.empty(),
            "ics_jres_2022.ics", Optional.empty(),
            "ics_moca2024_hackertracker.ics", Optional.of(ZoneId.of("Europe/Rome")),
            "sessionize_all_dddmelbourne2024.json", Optional.of(ZoneId.of("Australia/Melbourne")));

    private RealSchedules() {
    }

    /** A file of the shared schedules. */
    public static Path file(String name) {
        return BenchConferences.sharedSchedules().resolve(name);
    }

    /** The schedule in {@code file}, imported as Emcee imports it. */
    public static Schedule load(Path file) {
        try {
            return read(new ScheduleImporter(), file);
        } catch (ScheduleLoadException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Reads the file's bytes and imports them: what loading a schedule file costs. */
    public static Schedule read(ScheduleImporter importer, Path file) throws ScheduleLoadException {
        try {
            String name = file.getFileName().toString();
            SourceText source = new SourceText(name, Files.readAllBytes(file));
            return importer.read(source, Optional.empty(),
                    new ReadOptions(FILES.getOrDefault(name, Optional.empty()))).schedule();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
