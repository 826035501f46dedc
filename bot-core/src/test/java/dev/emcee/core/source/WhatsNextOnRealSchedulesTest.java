package dev.emcee.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.answer.UpNext;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.testing.ChatHarness;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "What's next in ROOM" at a moment, asked of a real Emcee on each imported schedule, answers what the raw file
 * itself says (read independently by {@link RawEvents}): on the project's fixtures always, and on the real exports
 * in {@code ../shared/schedules} when that folder is there (skipped otherwise).
 */
@Timeout(120)
class WhatsNextOnRealSchedulesTest {

    static Stream<Arguments> fixtureProbes() throws Exception {
        return Stream.of(
                probes(fixture("frab-congress.xml"), null, RawEvents.frabXml(fixture("frab-congress.xml").bytes(),
                        ZoneId.of("Europe/Berlin"))),
                probes(fixture("frab-utc-dates.xml"), null, RawEvents.frabXml(fixture("frab-utc-dates.xml").bytes(),
                        ZoneId.of("Asia/Kolkata"))),
                probes(fixture("schedule-camp.json"), null, RawEvents.scheduleJson(fixture("schedule-camp.json")
                        .bytes())),
                probes(fixture("schedule-pretalx-no-zone.json"), "Europe/Berlin", RawEvents.scheduleJson(fixture(
                        "schedule-pretalx-no-zone.json").bytes())),
                probes(fixture("sessionize-local-times.json"), "Pacific/Auckland", RawEvents.sessionize(fixture(
                        "sessionize-local-times.json").bytes(), ZoneId.of("Pacific/Auckland"))),
                probes(fixture("ics-tzid-without-vtimezone.ics"), null, RawEvents.ical(fixture(
                        "ics-tzid-without-vtimezone.ics").bytes(), ZoneId.of("Australia/Brisbane"))),
                probes(fixture("ics-broken.ics"), null, RawEvents.ical(fixture("ics-broken.ics").bytes(),
                        ZoneId.of("Europe/Paris"))),
                probes(fixture("ics-utc-shared-uids.ics"), "Europe/Rome", RawEvents.ical(fixture(
                        "ics-utc-shared-uids.ics").bytes(), ZoneId.of("UTC"))))
                .flatMap(s -> s);
    }

    static Stream<Arguments> realProbes() throws Exception {
        return Stream.of(
                probes(real("frab_xml_39c3_2025_hub.xml"), null, RawEvents.frabXml(bytes(
                        "frab_xml_39c3_2025_hub.xml"), ZoneId.of("Europe/Berlin"))),
                probes(real("frab_xml_debconf23.xml"), null, RawEvents.frabXml(bytes("frab_xml_debconf23.xml"),
                        ZoneId.of("Asia/Kolkata"))),
                probes(real("frab_xml_fosdem2021.xml"), "Europe/Brussels", RawEvents.frabXml(bytes(
                        "frab_xml_fosdem2021.xml"), ZoneId.of("Europe/Brussels"))),
                probes(real("c3voc_json_frab_camp2019.json"), null, RawEvents.scheduleJson(bytes(
                        "c3voc_json_frab_camp2019.json"))),
                probes(real("c3voc_json_pretalx_rc3_channels2020.json"), "Europe/Berlin", RawEvents.scheduleJson(
                        bytes("c3voc_json_pretalx_rc3_channels2020.json"))),
                probes(real("sessionize_all_dddmelbourne2024.json"), "Australia/Melbourne", RawEvents.sessionize(
                        bytes("sessionize_all_dddmelbourne2024.json"), ZoneId.of("Australia/Melbourne"))),
                probes(real("ics_linux_conf_au_2020.ics"), null, RawEvents.ical(bytes("ics_linux_conf_au_2020.ics"),
                        ZoneId.of("Australia/Brisbane"))),
                probes(real("ics_jres_2022.ics"), null, RawEvents.ical(bytes("ics_jres_2022.ics"),
                        ZoneId.of("Europe/Paris"))),
                probes(real("ics_moca2024_hackertracker.ics"), "Europe/Rome", RawEvents.ical(bytes(
                        "ics_moca2024_hackertracker.ics"), ZoneId.of("UTC"))),
                Stream.of(Arguments.of(Named.of("frab_xml_39c3_2025_hub.xml", real("frab_xml_39c3_2025_hub.xml")),
                        null, "Fuse", Instant.parse("2025-12-28T13:05:00Z"), RawEvents.frabXml(bytes(
                                "frab_xml_39c3_2025_hub.xml"), ZoneId.of("Europe/Berlin")))))
                .flatMap(s -> s);
    }

    /** Three probes a file: the rooms of events a quarter, half and three quarters in, 3 minutes before them. */
    private static Stream<Arguments> probes(SourceText file, String zone, RawEvents raw) {
        List<RawEvents.Event> events = raw.events();
        return Stream.of(events.size() / 4, events.size() / 2, 3 * events.size() / 4)
                .map(events::get)
                .filter(e -> !e.room().isBlank() && !e.title().isBlank())
                .map(e -> Arguments.of(Named.of(file.name(), file), zone, e.room(),
                        e.start().minus(Duration.ofMinutes(3)), raw));
    }

    @ParameterizedTest(name = "{0}: next in {2} at {3}")
    @MethodSource("fixtureProbes")
    void answersWhatTheFixtureSays(SourceText file, String zone, String room, Instant now, RawEvents raw)
            throws Exception {
        answersWhatTheFileSays(file, zone, room, now, raw);
    }

    @ParameterizedTest(name = "{0}: next in {2} at {3}")
    @MethodSource("realProbes")
    void answersWhatTheRealExportSays(SourceText file, String zone, String room, Instant now, RawEvents raw)
            throws Exception {
        answersWhatTheFileSays(file, zone, room, now, raw);
    }

    private static void answersWhatTheFileSays(SourceText file, String zone, String room, Instant now,
            RawEvents raw) throws Exception {
        Schedule schedule = new ScheduleImporter().read(file, Optional.empty(),
                new ReadOptions(Optional.ofNullable(zone).map(ZoneId::of))).schedule();
        List<RawEvents.Event> expected = raw.nextIn(room, now);
        assertThat(expected).as("the file has a next session in %s", room).isNotEmpty();

        Answer answer = new ChatHarness(schedule, now).answer("what's next in " + room);

        assertThat(answer).as("answer to 'what's next in %s'", room).isInstanceOf(UpNext.class);
        List<SessionCard> next = ((UpNext) answer).next();
        assertThat(next).extracting(SessionCard::start).containsOnly(expected.get(0).start());
        assertThat(next).extracting(SessionCard::label).containsExactlyInAnyOrderElementsOf(
                expected.stream().map(RawEvents.Event::title).map(t -> t.replaceAll("\\s+", " ")).toList());
    }

    private static SourceText fixture(String file) {
        return ImportCases.fixture(ImportCases.FIXTURES + file);
    }

    private static SourceText real(String file) {
        return SharedSchedules.source(file);
    }

    private static byte[] bytes(String file) {
        return SharedSchedules.source(file).bytes();
    }
}
