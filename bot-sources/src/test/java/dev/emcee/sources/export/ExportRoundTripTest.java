package dev.emcee.sources.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.SessionLabels;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.sources.ImportCases;
import dev.emcee.sources.ScheduleFormat;
import dev.emcee.sources.ScheduleImporter;
import dev.emcee.sources.ical.IcalReader;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.ReadOptions;
import dev.emcee.sources.read.SourceText;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every imported schedule, exported as iCalendar or Emcee JSON, reads back as the same sessions. */
@Timeout(60)
class ExportRoundTripTest {
    private static final Instant STAMP = Instant.parse("2026-01-01T00:00:00Z");

    static Stream<ImportCases> cases() {
        return ImportCases.all().stream();
    }

    /** What a calendar app or a second Emcee sees of a session. */
    private record Seen(String title, Instant start, Instant end, String room, List<String> speakers) {
    }

    private static List<Seen> seen(Schedule schedule) {
        return schedule.sessions().stream().map(s -> new Seen(SessionLabels.label(s, schedule), s.start(), s.end(),
                schedule.roomName(s.room()), schedule.speakersOf(s).stream().map(Speaker::name).toList())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void icsReadsBackAsTheSameSessions(ImportCases input) throws Exception {
        Schedule original = input.load().schedule();
        String ics = IcsExport.write(original, STAMP);

        LoadedSchedule back = new IcalReader().read(SourceText.of("export.ics", ics), ReadOptions.none());

        assertThat(back.schedule().zone()).isEqualTo(original.zone().normalized());
        assertThat(seen(back.schedule())).containsExactlyInAnyOrderElementsOf(seen(original));
        assertThat(back.warnings()).noneMatch(p -> p.message().contains("share UID"));
    }

    @Test
    void icsHasWhatCalendarAppsNeed() throws Exception {
        String ics = IcsExport.write(new ImportCases("frab-congress.xml", ScheduleFormat.FRAB_XML,
                Optional.empty()).load().schedule(), STAMP);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin")
                .contains("DTSTART;TZID=Europe/Berlin:20261227T103000").contains("UID:1001@")
                .contains("DTSTAMP:20260101T000000Z");
        assertThat(ics.lines()).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(75));
        assertThat(IcsExport.write(new ImportCases("frab-congress.xml", ScheduleFormat.FRAB_XML,
                Optional.empty()).load().schedule(), STAMP)).as("stable output").isEqualTo(ics);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void jsonReadsBackAsTheSameSchedule(ImportCases input) throws Exception {
        Schedule original = input.load().schedule();
        String json = JsonExport.write(original);

        Schedule back = new ScheduleImporter().read(SourceText.of("export.json", json), Optional.empty(),
                ReadOptions.none()).schedule();

        assertThat(back.sessions()).containsExactlyElementsOf(original.sessions());
        assertThat(back.speakers()).containsExactlyInAnyOrderElementsOf(original.speakers());
        assertThat(back.rooms()).containsExactlyInAnyOrderElementsOf(original.rooms());
        assertThat(back.conference()).isEqualTo(original.conference());
    }

}
