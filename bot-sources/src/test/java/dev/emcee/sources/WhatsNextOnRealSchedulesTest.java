package dev.emcee.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.answer.UpNext;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.testing.ChatHarness;
import dev.emcee.sources.read.ReadOptions;
import dev.emcee.sources.read.SourceText;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "What's next in ROOM" at a moment, asked of a real Emcee on each imported schedule, answers what the raw file
 * itself says (read independently by {@link RawEvents}): on the project's fixtures always, and on the real exports
 * in {@code ../shared/schedules} when that folder is there. The files are read in the tests, not in the argument
 * sources, so that each probe of a real export is reported as skipped when the folder is absent.
 */
@Timeout(120)
class WhatsNextOnRealSchedulesTest {

    /** Reads a file's raw events. */
    @FunctionalInterface
    private interface RawReader {
        RawEvents read(byte[] bytes) throws Exception;
    }

    /** A file to probe: how to get it, the zone an operator would give, and how to read its raw events. */
    private record Input(String name, Supplier<SourceText> source, String zone, RawReader raw) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> fixtureProbes() {
        return probes(Stream.of(
                fixture("frab-congress.xml", null, b -> RawEvents.frabXml(b, ZoneId.of("Europe/Berlin"))),
                fixture("frab-utc-dates.xml", null, b -> RawEvents.frabXml(b, ZoneId.of("Asia/Kolkata"))),
                fixture("schedule-camp.json", null, RawEvents::scheduleJson),
                fixture("schedule-pretalx-no-zone.json", "Europe/Berlin", RawEvents::scheduleJson),
                fixture("sessionize-local-times.json", "Pacific/Auckland",
                        b -> RawEvents.sessionize(b, ZoneId.of("Pacific/Auckland"))),
                fixture("ics-tzid-without-vtimezone.ics", null,
                        b -> RawEvents.ical(b, ZoneId.of("Australia/Brisbane"))),
                fixture("ics-broken.ics", null, b -> RawEvents.ical(b, ZoneId.of("Europe/Paris"))),
                fixture("ics-utc-shared-uids.ics", "Europe/Rome", b -> RawEvents.ical(b, ZoneId.of("UTC")))));
    }

    static Stream<Arguments> realProbes() {
        return probes(Stream.of(
                real("frab_xml_39c3_2025_hub.xml", null, b -> RawEvents.frabXml(b, ZoneId.of("Europe/Berlin"))),
                real("frab_xml_debconf23.xml", null, b -> RawEvents.frabXml(b, ZoneId.of("Asia/Kolkata"))),
                real("frab_xml_fosdem2021.xml", "Europe/Brussels",
                        b -> RawEvents.frabXml(b, ZoneId.of("Europe/Brussels"))),
                real("c3voc_json_frab_camp2019.json", null, RawEvents::scheduleJson),
                real("c3voc_json_pretalx_rc3_channels2020.json", "Europe/Berlin", RawEvents::scheduleJson),
                real("sessionize_all_dddmelbourne2024.json", "Australia/Melbourne",
                        b -> RawEvents.sessionize(b, ZoneId.of("Australia/Melbourne"))),
                real("ics_linux_conf_au_2020.ics", null, b -> RawEvents.ical(b, ZoneId.of("Australia/Brisbane"))),
                real("ics_jres_2022.ics", null, b -> RawEvents.ical(b, ZoneId.of("Europe/Paris"))),
                real("ics_moca2024_hackertracker.ics", "Europe/Rome", b -> RawEvents.ical(b, ZoneId.of("UTC")))));
    }

    /** Three probes a file: events a quarter, half and three quarters in. */
    private static Stream<Arguments> probes(Stream<Input> inputs) {
        return inputs.flatMap(input -> Stream.of(1, 2, 3).map(quarter -> Arguments.of(input, quarter)));
    }

    @ParameterizedTest(name = "{0}: {1}/4 in")
    @MethodSource("fixtureProbes")
    void answersWhatTheFixtureSays(Input input, int quarter) throws Exception {
        probe(input, quarter);
    }

    @ParameterizedTest(name = "{0}: {1}/4 in")
    @MethodSource("realProbes")
    void answersWhatTheRealExportSays(Input input, int quarter) throws Exception {
        probe(input, quarter);
    }

    @Test
    void answersWhatIsNextInFuseOnTheCongressExport() throws Exception {
        SourceText source = SharedSchedules.source("frab_xml_39c3_2025_hub.xml");
        answersWhatTheFileSays(source, null, "Fuse", Instant.parse("2025-12-28T13:05:00Z"),
                RawEvents.frabXml(source.bytes(), ZoneId.of("Europe/Berlin")));
    }

    /**
     * The room of the event {@code quarter}/4 into the file, 3 minutes before it starts (or of the next event with a
     * room and a title, wrapping round to the file's start).
     */
    private static void probe(Input input, int quarter) throws Exception {
        SourceText source = input.source().get();
        RawEvents raw = input.raw().read(source.bytes());
        List<RawEvents.Event> events = raw.events();
        int from = quarter * events.size() / 4;
        RawEvents.Event event = Stream.concat(events.subList(from, events.size()).stream(),
                        events.subList(0, from).stream())
                .filter(e -> !e.room().isBlank() && !e.title().isBlank()).findFirst()
                .orElseThrow(() -> new AssertionError(input + " has no event with a room and a title"));
        answersWhatTheFileSays(source, input.zone(), event.room(), event.start().minus(Duration.ofMinutes(3)), raw);
    }

    private static void answersWhatTheFileSays(SourceText file, String zone, String room, Instant now,
            RawEvents raw) throws Exception {
        Schedule schedule = new ScheduleImporter().read(file, Optional.empty(),
                new ReadOptions(Optional.ofNullable(zone).map(ZoneId::of))).schedule();
        List<RawEvents.Event> expected = raw.nextIn(room, now);
        assertThat(expected).as("the file has a next session in %s", room).isNotEmpty();

        Answer answer = new ChatHarness(schedule, now).answer("what's next in " + room);

        assertThat(answer).as("answer to 'what's next in %s' at %s", room, now).isInstanceOf(UpNext.class);
        List<SessionCard> next = ((UpNext) answer).next();
        assertThat(next).extracting(SessionCard::start).containsOnly(expected.get(0).start());
        assertThat(next).extracting(SessionCard::label).containsExactlyInAnyOrderElementsOf(
                expected.stream().map(RawEvents.Event::title).map(t -> t.replaceAll("\\s+", " ")).toList());
    }

    private static Input fixture(String file, String zone, RawReader raw) {
        return new Input(file, () -> ImportCases.fixture(ImportCases.FIXTURES + file), zone, raw);
    }

    private static Input real(String file, String zone, RawReader raw) {
        return new Input(file, () -> SharedSchedules.source(file), zone, raw);
    }
}
