package dev.emcee.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.ReadOptions;
import dev.emcee.sources.read.ScheduleAssembly;
import dev.emcee.sources.read.ScheduleLoadException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every export in shared/schedules imports with the counts SOURCES.md gives, and each file's traps are handled.
 * Skipped as a whole without {@code ../shared} (failed under {@code EMCEE_REQUIRE_SHARED=true}): the same traps are
 * checked on the project's fixtures by {@link FixtureSchedulesTest}.
 */
@Timeout(60)
class RealSchedulesTest {
    private final ScheduleImporter importer = new ScheduleImporter();

    @BeforeEach
    void needsTheRealExports() {
        // Before each test, not in assertThatThrownBy: a skip must not be taken for the refusal a test expects.
        SharedSchedules.folder();
    }

    private LoadedSchedule load(String file, String zone) throws ScheduleLoadException {
        return importer.read(SharedSchedules.source(file), Optional.empty(),
                new ReadOptions(Optional.ofNullable(zone).map(ZoneId::of)));
    }

    private static Session session(Schedule schedule, String id) {
        return schedule.session(new dev.emcee.core.schedule.SessionId(id)).orElseThrow();
    }

    @Test
    void chaosCommunicationCongress() throws Exception {
        Schedule s = load("frab_xml_39c3_2025_hub.xml", null).schedule();
        assertThat(s.sessions()).hasSize(215);
        assertThat(s.rooms()).hasSize(14).extracting(Room::name).contains("Fuse", "andi-test-raum",
                "Sendezentrum Bühne");
        assertThat(s.sessionDays()).hasSize(4);
        assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(s.conference().name()).isEqualTo("39th Chaos Communications Congress");
        assertThat(s.speakers()).extracting(Speaker::name).contains("Norman Müller-Schmitz");
        assertThat(s.tracks()).anyMatch(t -> t.name().equals("Ethics, Society & Politics"));
        // Under <day date="2025-12-28"> but on the next calendar date: the instant comes from <date>.
        assertThat(s.sessions()).anyMatch(x -> x.start().equals(Instant.parse("2025-12-29T00:00:00Z")));
        assertThat(s.sessions()).filteredOn(x -> x.speakers().isEmpty()).hasSize(5);
    }

    @Test
    void debConfWithUtcDatesAndLocalStarts() throws Exception {
        Schedule s = load("frab_xml_debconf23.xml", null).schedule();
        assertThat(s.sessions()).hasSize(117);
        assertThat(s.rooms()).hasSize(5);
        assertThat(s.sessionDays()).hasSize(8);
        assertThat(s.zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        Session opening = session(s, "35");
        assertThat(opening.title()).contains("Opening Ceremony");
        assertThat(opening.start()).isEqualTo(Instant.parse("2023-09-10T05:00:00Z"));
        assertThat(opening.start().atZone(s.zone()).toLocalTime()).hasToString("10:30");
    }

    @Test
    void fosdemNeedsAZoneAndLosesItsEscapedHtml() throws Exception {
        assertThatThrownBy(() -> load("frab_xml_fosdem2021.xml", null)).isInstanceOf(ScheduleLoadException.class)
                .hasMessageContaining("--zone");
        LoadedSchedule loaded = load("frab_xml_fosdem2021.xml", "Europe/Brussels");
        Schedule s = loaded.schedule();
        assertThat(s.sessions()).hasSize(773);
        assertThat(s.rooms()).hasSize(106);
        assertThat(s.sessionDays()).hasSize(2);
        Session welcome = session(s, "11795");
        assertThat(welcome.start()).isEqualTo(Instant.parse("2021-02-06T08:00:00Z"));
        assertThat(welcome.abstractText()).isEqualTo("FOSDEM welcome and opening talk.\n\nWelcome to FOSDEM 2021!");
        assertThat(loaded.warnings()).anyMatch(p -> p.message().contains("'D.graph' has no sessions"));
    }

    @Test
    void campScheduleJsonWithAnEventPastMidnight() throws Exception {
        Schedule s = load("c3voc_json_frab_camp2019.json", null).schedule();
        assertThat(s.sessions()).hasSize(79);
        assertThat(s.rooms()).extracting(Room::name).containsExactly("Curie", "Meitner");
        assertThat(s.sessionDays()).hasSize(5);
        assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(s.sessions()).anyMatch(x -> !x.start().atZone(s.zone()).toLocalDate()
                .equals(x.end().atZone(s.zone()).toLocalDate()));
    }

    @Test
    void pretalxJsonWithoutAZoneUsesItsOffsetAndSaysSo() throws Exception {
        LoadedSchedule loaded = load("c3voc_json_pretalx_rc3_channels2020.json", null);
        assertThat(loaded.schedule().zone()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(loaded.warnings()).anyMatch(p -> p.message().contains("names no time zone")
                && p.message().contains("--zone"));
        Schedule s = load("c3voc_json_pretalx_rc3_channels2020.json", "Europe/Berlin").schedule();
        assertThat(s.sessions()).hasSize(48);
        assertThat(s.rooms()).hasSize(5).extracting(Room::name)
                .contains("ChaosTrawler Stubnitz/Gängeviertel Hamburg");
        assertThat(s.sessionDays()).hasSize(4);
    }

    @Test
    void linuxConfAuIcsWithoutVtimezone() throws Exception {
        Schedule s = load("ics_linux_conf_au_2020.ics", null).schedule();
        assertThat(s.sessions()).hasSize(262);
        assertThat(s.zone()).isEqualTo(ZoneId.of("Australia/Brisbane"));
        assertThat(s.rooms()).hasSize(7 + 1).extracting(Room::name).contains(ScheduleAssembly.NO_ROOM,
                "Arena, Room 8, Room 5, Room 6, Room 7");
        assertThat(s.sessions()).filteredOn(x -> !x.speakers().isEmpty()).hasSize(190);
        Session welcome = session(s, "94@lca2020.linux.org.au");
        assertThat(welcome.start()).isEqualTo(Instant.parse("2020-01-14T23:00:00Z"));
        assertThat(s.speakersOf(welcome)).extracting(Speaker::name).containsExactly("Joel Addison");
        assertThat(welcome.abstractText()).isEqualTo("Opening Remarks and Housekeeping");
    }

    @Test
    void brokenJresIcsStillReads() throws Exception {
        Schedule s = load("ics_jres_2022.ics", null).schedule();
        assertThat(s.sessions()).hasSize(120);
        assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        // 15 LOCATION spellings; "Amphithéâtre Callelongue" and "Amphithéatre Callelongue" are one room.
        assertThat(s.rooms()).hasSize(14);
        assertThat(s.sessions()).allSatisfy(x -> assertThat(x.title().orElse("") + x.abstractText())
                .doesNotContain("\uFFFD"));
        assertThat(s.sessions()).anyMatch(x -> x.abstractText().contains("l’ensemble"));
        assertThat(s.sessionDays()).hasSize(4);
    }

    @Test
    void mocaIcsWithSharedUidsAndUtcTimes() throws Exception {
        LoadedSchedule withoutZone = load("ics_moca2024_hackertracker.ics", null);
        assertThat(withoutZone.schedule().zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(withoutZone.warnings()).anyMatch(p -> p.message().contains("--zone"))
                .anyMatch(p -> p.message().contains("67 events share UID '46939'"))
                .anyMatch(p -> p.line() == 4 && p.message().startsWith("'VTIMEZONE: Europe/Rome' is not"));
        Schedule s = load("ics_moca2024_hackertracker.ics", "Europe/Rome").schedule();
        assertThat(s.sessions()).hasSize(88);
        assertThat(s.rooms()).extracting(Room::name).containsExactlyInAnyOrder("XOR", "MOV", "FreeKevin", "MOKids");
        assertThat(s.sessionDays()).hasSize(3);
        assertThat(s.sessions()).anyMatch(x -> s.speakersOf(x).size() > 1);
    }

    @Test
    void sessionizeLocalTimesNeedAZone() throws Exception {
        assertThatThrownBy(() -> load("sessionize_all_dddmelbourne2024.json", null))
                .hasMessageContaining("--zone");
        Schedule s = load("sessionize_all_dddmelbourne2024.json", "Australia/Melbourne").schedule();
        assertThat(s.sessions()).hasSize(26);
        assertThat(s.speakers()).hasSize(30);
        assertThat(s.rooms()).extracting(Room::name).containsExactly("Grand Ultra Ballroom", "Supper (top)",
                "Yarra (big paintings)", "Hoddle (men's bar)");
        assertThat(s.sessionDays()).hasSize(1);
        Session first = session(s, "581840");
        assertThat(first.start()).isEqualTo(Instant.parse("2024-03-15T22:00:00Z"));
        assertThat(first.level()).contains("Mostly intermediate");
        assertThat(first.topics()).contains("AI");
    }
}
