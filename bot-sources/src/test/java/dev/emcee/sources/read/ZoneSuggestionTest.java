package dev.emcee.sources.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.sources.ical.IcalReader;
import dev.emcee.sources.sessionize.SessionizeReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The zone {@code check} suggests comes from what the file says, or there is none: never one example for all. */
class ZoneSuggestionTest {
    private static final String SESSIONIZE = """
            {"sessions": [{"id": "1", "title": "Keynote", "startsAt": "2024-03-16T09:00:00",
              "endsAt": "2024-03-16T09:45:00", "roomId": 1, "speakers": []}],
             "rooms": [{"id": 1, "name": "Grand Ultra Ballroom"}], "speakers": [], "categories": []}
            """;

    private static String zoneProblem(ScheduleReader reader, String name, String text) {
        try {
            reader.read(SourceText.of(name, text), ReadOptions.none());
        } catch (ScheduleLoadException e) {
            return e.getMessage();
        }
        throw new AssertionError("a file without a zone was read");
    }

    @Test
    void aSessionizeExportNamedForMelbourneSuggestsMelbourne() {
        assertThat(zoneProblem(new SessionizeReader(), "sessionize_all_dddmelbourne2024.json", SESSIONIZE))
                .contains("pass --zone with the conference's zone (the file's name mentions Melbourne: "
                        + "--zone Australia/Melbourne)")
                .doesNotContain("Europe/Brussels");
    }

    @Test
    void aFileThatNamesNoPlaceGetsNoZone() {
        assertThat(zoneProblem(new SessionizeReader(), "export.json", SESSIONIZE))
                .contains("pass --zone with the conference's zone, a region name: Area/City for the city nearest "
                        + "the venue")
                .doesNotContainPattern("--zone [A-Z][a-z]+/");
    }

    @Test
    void aCityInTheCalendarsNameIsUsedAndMatchesWholeWords() {
        String ical = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                X-WR-CALNAME:PyCon Los Angeles 2026
                BEGIN:VEVENT
                UID:1
                DTSTAMP:20260101T000000Z
                DTSTART:20260501T090000
                DTEND:20260501T100000
                SUMMARY:Opening
                END:VEVENT
                END:VCALENDAR
                """.replace("\n", "\r\n");
        assertThat(zoneProblem(new IcalReader(), "schedule.ics", ical))
                .contains("(its calendar name mentions Los Angeles: --zone America/Los_Angeles)");
        assertThat(zoneProblem(new IcalReader(), "schedule.ics", ical.replace("PyCon Los Angeles 2026",
                "Comparison Days"))).doesNotContainPattern("--zone [A-Z][a-z]+/");
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(ZoneSuggestion.from(List.of(new ZoneSuggestion.Hint("its venue", "Centro, SÃO PAULO",
                false)))).hasValueSatisfying(s -> assertThat(s.zone().getId()).isEqualTo("America/Sao_Paulo"));
    }
}
