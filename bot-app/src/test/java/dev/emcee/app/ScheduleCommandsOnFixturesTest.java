package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.core.testing.LogCapture;
import dev.emcee.sources.ical.IcalReader;
import dev.emcee.sources.read.ReadOptions;
import dev.emcee.sources.read.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check}, {@code ask --schedule} and {@code export} on the schedule fixtures that ship with the repository,
 * so that the commands' contracts are tested on a fresh clone too ({@link ScheduleCommandsTest} adds the real
 * exports when {@code ../shared} is there), and the README's examples on them work as written.
 */
@Timeout(60)
class ScheduleCommandsOnFixturesTest {
    /** The folder the README's examples name, relative to the repository. */
    private static final String FIXTURES = "bot-sources/src/test/resources/schedules/";

    private static String fixture(String file) {
        Path path = BundledConference.configDirectory().getParent().resolve(FIXTURES + file);
        assertThat(path).as("the fixture the README and these tests use").isRegularFile();
        return path.toString();
    }

    @Test
    void checkPrintsTheSummaryContract() {
        Cli.Result result = new Cli().run("check", fixture("frab-congress.xml"));
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).startsWith("conference: Emcee Fixture Congress", "zone: Europe/Berlin", "days: 2",
                "rooms: 2", "sessions: 5", "speakers: 4", "tracks: 2");
        assertThat(result.lines()).anyMatch(l -> l.startsWith("warning: ") && l.contains("frab-congress.xml")
                && l.contains("'test-raum' has no sessions"));
    }

    @Test
    void checkListsWarningsWithTheirLocation() {
        Cli.Result result = new Cli().run("check", "--zone", "Europe/Rome", fixture("ics-utc-shared-uids.ics"));
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).contains("sessions: 4")
                .anyMatch(l -> l.matches("warning: .*ics-utc-shared-uids.ics:5: VEVENT\\[1\\]\\.UID: 3 events "
                        + "share UID '46939'.*"))
                .anyMatch(l -> l.matches("warning: .*ics-utc-shared-uids.ics:4: .*'VTIMEZONE: Europe/Rome' is not.*"));
    }

    @Test
    void checkExitsWithOneOnErrorsAndSaysWhatToDo() {
        Cli.Result result = new Cli().run("check", fixture("pentabarf-no-zone.xml"));
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("error: ").contains("pentabarf-no-zone.xml:8: conference.time_zone_name:")
                .contains("pass --zone").doesNotContain("sessions:").doesNotContain("Exception");
        assertThat(new Cli().run("check", "--zone", "Europe/Brussels", fixture("pentabarf-no-zone.xml")).lines())
                .contains("sessions: 4", "rooms: 2", "zone: Europe/Brussels");
    }

    @Test
    void checkSpeaksJsonForTools() throws Exception {
        Cli.Result result = new Cli().run("check", "--format", "json", "--zone", "Pacific/Auckland",
                fixture("sessionize-local-times.json"));
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.path("ok").asBoolean()).isTrue();
        assertThat(json.path("sessions").asInt()).isEqualTo(4);
        assertThat(json.path("zone").asText()).isEqualTo("Pacific/Auckland");
        assertThat(json.path("problems").isArray()).isTrue();
    }

    @Test
    void checkMergesSeveralSources() {
        Cli.Result result = new Cli().run("check", fixture("frab-congress.xml"), fixture("schedule-camp.json"));
        assertThat(result.lines()).contains("sessions: " + (5 + 4), "rooms: " + (2 + 2));
    }

    @Test
    void theReadmesAskExampleAnswersFromTheFixture() {
        try (LogCapture log = LogCapture.of(EmceeRuntime.class)) {
            Cli.Result result = new Cli().run("ask", "--schedule", fixture("frab-congress.xml"), "--now",
                    "2026-12-27T13:50+01:00", "what's next in Saal Eins");
            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).contains("Soldering After Dark").contains("11:30pm");
            assertThat(log.problems()).as("the fixture's empty room is reported at start").singleElement()
                    .asString().contains("frab-congress.xml", "room 'test-raum' has no sessions");
        }
    }

    @Test
    void exportIcsParsesBackToTheSameSessions(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("fixture.ics");
        Cli.Result result = new Cli().run("export", "--schedule", fixture("frab-congress.xml"), "--format", "ics",
                "--out", out.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(new IcalReader().read(new SourceText("fixture.ics", Files.readAllBytes(out)), ReadOptions.none())
                .schedule().sessions()).hasSize(5);
    }

    @Test
    void theReadmeShowsTheseExamples() throws Exception {
        String readme = Files.readString(BundledConference.configDirectory().getParent().resolve("README.md"));
        assertThat(readme).contains("./emcee check " + FIXTURES + "frab-congress.xml")
                .contains("./emcee ask --schedule " + FIXTURES + "frab-congress.xml --now 2026-12-27T13:50+01:00 "
                        + "\"what's next in Saal Eins\"")
                .doesNotContain("./emcee check ../shared");
    }
}
