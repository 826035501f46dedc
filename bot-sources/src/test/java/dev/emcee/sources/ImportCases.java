package dev.emcee.sources;

import dev.emcee.core.testing.BundledConference;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.ReadOptions;
import dev.emcee.sources.read.ScheduleLoadException;
import dev.emcee.sources.read.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every importer with real inputs: the project's own fixtures in {@code src/test/resources/schedules} (written for
 * the tests, one or more per format with that format's quirks; they always run), the listing fixture, the bundled
 * YAML, and the real exports in {@code ../shared/schedules} (run when that folder is there, skipped otherwise: see
 * {@link dev.emcee.core.testing.SharedFiles}).
 *
 * @param file the file name (a fixture under {@code /schedules/}, the listing fixture, the bundled YAML, or an
 *     export under shared/schedules)
 * @param format the format the content must be detected as
 * @param zone the zone an operator would pass, if the file needs one
 */
public record ImportCases(String file, ScheduleFormat format, Optional<ZoneId> zone) {
    /** The listing fixture with the bundled conference's data (the seed listing itself is read by SeedListingTest). */
    public static final String LISTING = "velocity-2018-distributed-systems.txt";
    /** Where the project's own schedule fixtures are, on the test class path. */
    public static final String FIXTURES = "/schedules/";

    /** Every case: the fixtures first, then the real exports. */
    public static List<ImportCases> all() {
        return Stream.concat(fixtures().stream(), realExports().stream()).toList();
    }

    /** The inputs that are part of the repository, so that every reader is tested on a fresh clone. */
    public static List<ImportCases> fixtures() {
        return List.of(
                new ImportCases("frab-congress.xml", ScheduleFormat.FRAB_XML, Optional.empty()),
                new ImportCases("frab-utc-dates.xml", ScheduleFormat.FRAB_XML, Optional.empty()),
                new ImportCases("pentabarf-no-zone.xml", ScheduleFormat.FRAB_XML, zone("Europe/Brussels")),
                new ImportCases("schedule-camp.json", ScheduleFormat.SCHEDULE_JSON, Optional.empty()),
                new ImportCases("schedule-pretalx-no-zone.json", ScheduleFormat.SCHEDULE_JSON,
                        zone("Europe/Berlin")),
                new ImportCases("ics-tzid-without-vtimezone.ics", ScheduleFormat.ICAL, Optional.empty()),
                new ImportCases("ics-broken.ics", ScheduleFormat.ICAL, Optional.empty()),
                new ImportCases("ics-utc-shared-uids.ics", ScheduleFormat.ICAL, zone("Europe/Rome")),
                new ImportCases("sessionize-local-times.json", ScheduleFormat.SESSIONIZE, zone("Pacific/Auckland")),
                new ImportCases("emcee-night-owls.yaml", ScheduleFormat.EMCEE_YAML, Optional.empty()),
                new ImportCases("listing-fixture.txt", ScheduleFormat.LISTING, zone("Europe/Lisbon")),
                new ImportCases(LISTING, ScheduleFormat.LISTING, zone("America/Los_Angeles")),
                new ImportCases(BundledConference.FILE, ScheduleFormat.EMCEE_YAML, Optional.empty()));
    }

    /** The real exports in {@code ../shared/schedules}: each case is skipped when that folder is absent. */
    public static List<ImportCases> realExports() {
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
                        zone("Australia/Melbourne")));
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
        if (ImportCases.class.getResource(FIXTURES + file) != null) {
            return fixture(FIXTURES + file);
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
