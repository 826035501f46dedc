package dev.emcee.sources.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.Problem;
import dev.emcee.sources.read.ScheduleLoadException;
import dev.emcee.sources.testing.BundledSchedule;
import java.io.StringReader;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Emcee's own YAML format: the bundled conference loads; broken files are refused with every error located. */
class EmceeYamlReaderTest {
    private static final String HEAD = """
            conference:
              name: Test Conf
              zone: Europe/Berlin
            rooms:
              - {id: r1, name: Room One}
            speakers:
              - {id: ada, name: Ada Lovelace, affiliation: Analytical}
            tracks:
              - {id: t1, name: Engines, hosts: [ada]}
            sessions:
            """;

    @Test
    void theBundledConferenceLoadsCompletely() {
        Schedule s = BundledSchedule.load();
        assertThat(s.conference().zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(s.conference().dates()).hasSize(2);
        assertThat(s.sessions()).hasSize(5).allMatch(x -> x.room().value().equals("ll21ab"))
                .allMatch(x -> x.rating().isPresent() && !x.abstractText().isEmpty());
        assertThat(s.sessions().get(4).start()).isEqualTo(BundledConference.at("2018-06-14T16:35"));
        assertThat(s.speakersOf(s.sessions().get(4))).extracting(x -> x.nameWithAffiliation())
                .containsExactly("Tyler McMullen (Fastly)");
        assertThat(s.sessions().get(4).level()).isEmpty();
        assertThat(s.sessions().get(4).topics()).isEmpty();
        assertThat(s.tracks()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Distributed Systems");
            assertThat(t.description()).hasValueSatisfying(d -> assertThat(d).startsWith("Failure is inevitable"));
            assertThat(t.hosts()).extracting(Object::toString).containsExactly("emily-shea");
        });
        assertThat(s.sessions()).filteredOn(x -> x.title().isPresent()).singleElement()
                .satisfies(x -> assertThat(x.title()).hasValue(
                        "The distributed authorization system: A Netflix case study"));
        assertThat(s.sessions().get(0).start()).isEqualTo(BundledConference.at("2018-06-14T11:25"));
        assertThat(s.sessions().get(0).rating()).hasValueSatisfying(r -> {
            assertThat(r.average()).isEqualTo(5.0);
            assertThat(r.count()).isEqualTo(3);
        });
    }

    @Test
    void aValidFileLoadsWithLocalAndOffsetTimes() throws Exception {
        LoadedSchedule loaded = read(HEAD + """
                  - {id: s1, start: 2024-05-01T10:00, end: "10:45", room: r1, speakers: [ada], track: t1}
                  - {id: s2, start: 2024-05-01T11:00+02:00, end: 2024-05-01T11:30+02:00, room: Room One}
                """);
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.schedule().sessions()).hasSize(2);
        assertThat(loaded.schedule().sessions().get(0).end().toString()).isEqualTo("2024-05-01T08:45:00Z");
    }

    @Test
    void everyErrorIsListedWithLineAndField() {
        ScheduleLoadException e = refuse(HEAD + """
                  - id: s1
                    start: 2024-05-01T10:00
                    end: 2024-05-01T09:00
                    room: r1
                  - id: s2
                    start: tomorrow-ish
                    end: "11:00"
                    room: nowhere
                  - id: s2
                    start: 2024-05-01T12:00
                    end: 2024-05-01T12:30
                    room: r1
                    speakers: [bob]
                  - id: s3
                    room: r1
                    end: 2024-05-01T12:30
                    speaker: ada
                """);
        assertThat(e.problems()).allMatch(Problem::isError);
        assertThat(e.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                .isEqualTo("error: test.yaml:13: sessions[0].end: ends before it starts (2024-05-01T09:00 is before "
                        + "2024-05-01T10:00)"))
                .anySatisfy(p -> assertThat(p).startsWith("error: test.yaml:16: sessions[1].start: 'tomorrow-ish' is "
                        + "not a time"))
                .anySatisfy(p -> assertThat(p).startsWith("error: test.yaml:18: sessions[1].room: unknown room "
                        + "'nowhere'"))
                .anySatisfy(p -> assertThat(p).isEqualTo("error: test.yaml:19: sessions[2].id: duplicate session id "
                        + "'s2'"))
                .anySatisfy(p -> assertThat(p).startsWith("error: test.yaml:24: sessions[3].start: missing"))
                .anySatisfy(p -> assertThat(p).startsWith("error: test.yaml:27: sessions[3].speaker: unknown field "
                        + "(did you mean 'speakers'?)"));
        assertThat(e.getMessage()).contains("errors in the schedule");
    }

    @Test
    void unknownSpeakersTracksAndZonesAreErrors() {
        ScheduleLoadException e = refuse("""
                conference: {name: X, zone: Mars/Olympus_Mons}
                rooms: [{id: r1, name: R}]
                speakers: [{id: ada, name: Ada}, {id: ada, name: Ada Again}]
                tracks: [{id: t1, name: T, hosts: [nobody]}]
                sessions:
                  - {id: s1, start: 2024-05-01T10:00, end: 2024-05-01T11:00, room: r1, track: t9, speakers: [zed]}
                """);
        assertThat(e.problems()).extracting(Problem::field, Problem::line).contains(
                org.assertj.core.groups.Tuple.tuple("conference.zone", 1),
                org.assertj.core.groups.Tuple.tuple("speakers[1].id", 3),
                org.assertj.core.groups.Tuple.tuple("tracks[0].hosts", 4),
                org.assertj.core.groups.Tuple.tuple("sessions[0].track", 6),
                org.assertj.core.groups.Tuple.tuple("sessions[0].speakers", 6));
    }

    @Test
    void overlapsAndZeroMinuteSessionsAreWarnings() throws Exception {
        LoadedSchedule loaded = read(HEAD + """
                  - {id: a, start: 2024-05-01T10:00, end: 2024-05-01T11:00, room: r1}
                  - {id: b, start: 2024-05-01T10:30, end: 2024-05-01T11:30, room: r1}
                  - {id: c, start: 2024-05-01T12:00, end: 2024-05-01T12:00, room: r1}
                """);
        assertThat(loaded.warnings()).extracting(Problem::toString).containsExactly(
                "warning: test.yaml:12: sessions[1]: session 'b' (Wed May 1, 10:30am–11:30am CEST) overlaps 'a' in "
                        + "Room One",
                "warning: test.yaml:13: sessions[2]: session 'c' lasts 0 minutes");
    }

    @Test
    void aMissingZoneUsesTheGivenOneOrSaysHowToGiveOne() throws Exception {
        String noZone = """
                conference: {name: X}
                rooms: [{id: r1, name: R}]
                sessions: [{id: s1, start: 2024-05-01T10:00, end: 2024-05-01T11:00, room: r1}]
                """;
        assertThat(new EmceeYamlReader(Optional.of(ZoneId.of("Asia/Tokyo"))).read("t.yaml", new StringReader(noZone))
                .schedule().zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThatThrownBy(() -> read(noZone)).isInstanceOf(ScheduleLoadException.class)
                .hasMessageContaining("conference.zone: missing; name the conference's time zone");
    }

    @Test
    void notYamlAtAllIsOneClearError() {
        ScheduleLoadException e = refuse("conference: [unclosed\n  rooms: {");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("not valid YAML");
            assertThat(p.line()).isPositive();
        });
        assertThat(refuse("").problems()).extracting(Problem::message).containsExactly("the file is empty");
    }

    @Test
    void anUnclosedListIsReportedWhereItOpenedWithWhatClosesIt() {
        ScheduleLoadException e = refuse("""
                conference:
                  name: X
                  zone: Europe/Berlin
                rooms: [{id: r1, name: R}
                sessions:
                  - {id: s1, start: 2024-05-01T10:00, end: 2024-05-01T11:00, room: r1}
                """);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).isEqualTo("not valid YAML: the list opened with '[' on line 4, column 8 is not "
                    + "closed with ']' (still open at line 5, column 1)");
        });
    }

    @Test
    void anUnclosedMappingAndAnUnclosedQuoteAreReportedWhereTheyOpened() {
        Problem mapping = refuse("conference: {name: X, zone: UTC\nrooms: []\n").problems().get(0);
        assertThat(mapping.line()).isEqualTo(1);
        assertThat(mapping.message()).startsWith("not valid YAML: the mapping opened with '{' on line 1, column 13 "
                + "is not closed with '}'");
        Problem quote = refuse("conference:\n  name: \"X\n  zone: UTC\nrooms: []\n").problems().get(0);
        assertThat(quote.line()).isEqualTo(2);
        assertThat(quote.message()).isEqualTo("not valid YAML: the quoted text opened with '\"' on line 2, column 9 "
                + "is not closed with '\"' (the file ends without it)");
    }

    @Test
    void aMisindentedLineNamesTheBlockItBreaks() {
        Problem p = refuse("conference:\n  name: X\n zone: UTC\n").problems().get(0);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("not valid YAML: line 3, column 2 is not indented like the mapping that "
                + "starts on line 1 (column 1): indent it as its neighbours, with spaces");
    }

    /** Reads {@code yaml} as the file "test.yaml". */
    static LoadedSchedule read(String yaml) throws ScheduleLoadException {
        return new EmceeYamlReader(Optional.empty()).read("test.yaml", new StringReader(yaml));
    }

    /** The refusal of {@code yaml} as the file "test.yaml"; fails when it is accepted. */
    static ScheduleLoadException refuse(String yaml) {
        try {
            read(yaml);
        } catch (ScheduleLoadException e) {
            return e;
        }
        throw new AssertionError("the file was accepted");
    }
}
