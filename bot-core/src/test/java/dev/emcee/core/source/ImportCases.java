package dev.emcee.core.source;

import dev.emcee.core.testing.BundledConference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Every importer with a real input: the exports in {@code shared/schedules}, the listing fixture (written in the
 * O'Reilly layout from the bundled conference's data) and the bundled YAML.
 *
 * @param file the file name (under shared/schedules, or a fixture name)
 * @param format the format the content must be detected as
 * @param zone the zone an operator would pass, if the file needs one
 */
public record ImportCases(String file, ScheduleFormat format, Optional<ZoneId> zone) {
    /** The listing fixture; the real seed listing was not available when this was written. */
    public static final String LISTING = "velocity-2018-distributed-systems.txt";

    public static List<ImportCases> all() {
        return List.of(
                new ImportCases("frab_xml_39c3_2025_hub.xml", ScheduleFormat.FRAB_XML, Optional.empty()),
                new ImportCases("frab_xml_debconf23.xml", ScheduleFormat.FRAB_XML, Optional.empty()),
                new ImportCases("frab_xml_fosdem2021.xml", ScheduleFormat.FRAB_XML, zone("Europe/Brussels")),
                new ImportCases("c3voc_json_frab_camp2019.json", ScheduleFormat.SCHEDULE_JSON, Optional.empty()),
                new ImportCases("c3voc_json_pretalx_rc3_channels2020.json", ScheduleFormat.SCHEDULE_JSON,
                        zone("Europe/Berlin")),
                new ImportCases("ics_linux_conf_au_2020.ics", ScheduleFormat.ICAL, Optional.empty()),
                new ImportCases("ics_jres_2022.ics", ScheduleFormat.ICAL, Optional.empty()),
                new ImportCases("ics_moca2024_hackertracker.ics", ScheduleFormat.ICAL, zone("Europe/Rome")),
                new ImportCases("sessionize_all_dddmelbourne2024.json", ScheduleFormat.SESSIONIZE,
                        zone("Australia/Melbourne")),
                new ImportCases(LISTING, ScheduleFormat.LISTING, zone("America/Los_Angeles")),
                new ImportCases(BundledConference.FILE, ScheduleFormat.EMCEE_YAML, Optional.empty()));
    }

    private static Optional<ZoneId> zone(String id) {
        return Optional.of(ZoneId.of(id));
    }

    /** The input's bytes. */
    public SourceText source() {
        if (file.equals(LISTING)) {
            return fixture("/listing/" + LISTING);
        }
        if (file.equals(BundledConference.FILE)) {
            try {
                return new SourceText(file, Files.readAllBytes(BundledConference.configDirectory().resolve(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return SharedSchedules.source(file);
    }

    /** A test resource as a source. */
    public static SourceText fixture(String resource) {
        try (InputStream in = ImportCases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + resource + " is missing");
            }
            return new SourceText(resource.substring(resource.lastIndexOf('/') + 1), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports through detection, as an operator's file would be. */
    public LoadedSchedule load() throws ScheduleLoadException {
        return new ScheduleImporter().read(source(), Optional.empty(), new ReadOptions(zone));
    }

    @Override
    public String toString() {
        return file;
    }
}
