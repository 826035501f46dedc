package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.emcee.core.testing.SharedFiles;
import dev.emcee.sources.SharedSchedules;
import dev.emcee.sources.ical.IcalReader;
import dev.emcee.sources.read.ReadOptions;
import dev.emcee.sources.read.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}, {@code export} and {@code --schedule} with every format, run in-process as a user would. */
@Timeout(60)
class ScheduleCommandsTest {
    private static String shared(String file) {
        return SharedSchedules.file(file).toString();
    }

    @Test
    void checkPrintsTheSummaryContract() {
        Cli.Result result = new Cli().run("check", shared("frab_xml_39c3_2025_hub.xml"));
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).startsWith("conference: 39th Chaos Communications Congress", "zone: Europe/Berlin",
                "days: 4", "rooms: 14", "sessions: 215", "speakers: 263", "tracks: 7");
    }

    @Test
    void checkListsWarningsWithTheirLocation() {
        Cli.Result result = new Cli().run("check", "--zone", "Europe/Rome", shared("ics_moca2024_hackertracker.ics"));
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).contains("sessions: 88")
                .anyMatch(l -> l.matches("warning: .*ics_moca2024_hackertracker.ics:5: VEVENT\\[1\\]\\.UID: 67 events "
                        + "share UID '46939'.*"));
    }

    @Test
    void checkExitsWithOneOnErrorsAndSaysWhatToDo() {
        Cli.Result result = new Cli().run("check", shared("frab_xml_fosdem2021.xml"));
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("error: ").contains("frab_xml_fosdem2021.xml:3: conference.time_zone_name:")
                .contains("pass --zone").doesNotContain("sessions:").doesNotContain("Exception");
        assertThat(new Cli().run("check", "--zone", "Europe/Brussels", shared("frab_xml_fosdem2021.xml")).lines())
                .contains("sessions: 773", "rooms: 106");
    }

    @Test
    void checkReadsTheListingWithItsTrackHost(@TempDir Path dir) throws Exception {
        Path listing = dir.resolve("listing.txt");
        try (var in = getClass().getResourceAsStream("/listing/velocity-2018-distributed-systems.txt")) {
            Files.write(listing, in.readAllBytes());
        }
        Cli.Result result = new Cli().run("check", "--zone", "America/Los_Angeles", listing.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).contains("sessions: 5", "speakers: 7",
                "track hosts: Emily Shea (Fastly) for Distributed Systems");
        assertThat(result.out()).doesNotContain("warning");
    }

    @Test
    void checkReadsTheSeedListingCleanlyAndAsksForAZoneWithoutOne() {
        Path seed = SharedFiles.file("seed/000_4e06e7ab4efe16f3.txt");
        Cli.Result result = new Cli().run("check", "--zone", "America/Los_Angeles", seed.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).contains("sessions: 5", "speakers: 7",
                "track hosts: Emily Shea (Fastly) for Distributed Systems");
        assertThat(result.out()).doesNotContain("warning");
        Cli.Result noZone = new Cli().run("check", seed.toString());
        assertThat(noZone.exitCode()).isEqualTo(1);
        assertThat(noZone.out()).contains("pass --zone").doesNotContain("warning").doesNotContain("sessions:");
    }

    @Test
    void checkSpeaksJsonForTools() throws Exception {
        Cli.Result result = new Cli().run("check", "--format", "json", "--zone", "Australia/Melbourne",
                shared("sessionize_all_dddmelbourne2024.json"));
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.path("ok").asBoolean()).isTrue();
        assertThat(json.path("sessions").asInt()).isEqualTo(26);
        assertThat(json.path("zone").asText()).isEqualTo("Australia/Melbourne");
        assertThat(json.path("problems").isArray()).isTrue();
    }

    @Test
    void checkMergesSeveralSources() {
        Cli.Result result = new Cli().run("check", shared("frab_xml_39c3_2025_hub.xml"),
                shared("c3voc_json_frab_camp2019.json"));
        assertThat(result.lines()).contains("sessions: " + (215 + 79), "rooms: " + (14 + 2));
    }

    @Test
    void checkWithoutArgumentsChecksTheConfiguredSchedule() {
        Cli.Result result = new Cli().run("check");
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).contains("conference: O'Reilly Velocity Conference San Jose 2018");
    }

    @Test
    void askAcceptsAnyFormat() {
        Cli.Result result = new Cli().run("ask", "--schedule", shared("frab_xml_39c3_2025_hub.xml"), "--now",
                "2025-12-28T14:05:00+01:00", "what's next in Fuse");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Power Cycle B7 oder Warum kauft man eine Zeche?").contains("2:45pm");
    }

    @Test
    void exportIcsParsesBackToTheSameSessions(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("39c3.ics");
        Cli.Result result = new Cli().run("export", "--schedule", shared("frab_xml_39c3_2025_hub.xml"), "--format",
                "ics", "--out", out.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(new IcalReader().read(new SourceText("39c3.ics", Files.readAllBytes(out)), ReadOptions.none())
                .schedule().sessions()).hasSize(215);
    }

    @Test
    void exportJsonIsReadBackByCheck(@TempDir Path dir) throws Exception {
        Cli.Result export = new Cli().run("export", "--format", "json");
        assertThat(export.exitCode()).isZero();
        Path json = dir.resolve("conference.json");
        Files.writeString(json, export.out());
        assertThat(new Cli().run("check", json.toString()).lines()).contains("sessions: 5",
                "conference: O'Reilly Velocity Conference San Jose 2018");
    }

    @Test
    void exportRefusesAnUnknownFormat() {
        Cli.Result result = new Cli().run("export", "--format", "pdf");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--format must be ics or json");
    }
}
