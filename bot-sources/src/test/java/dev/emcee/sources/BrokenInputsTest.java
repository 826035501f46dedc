package dev.emcee.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emcee.sources.read.Problem;
import dev.emcee.sources.read.ReadOptions;
import dev.emcee.sources.read.ScheduleLoadException;
import dev.emcee.sources.read.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Inputs that are not schedules give errors a person can act on, located where the format allows; none crash. */
@Timeout(30)
class BrokenInputsTest {
    private final ScheduleImporter importer = new ScheduleImporter();

    private ScheduleLoadException refusal(SourceText source) {
        try {
            importer.read(source, Optional.empty(), ReadOptions.none());
        } catch (ScheduleLoadException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.source()).isEqualTo(source.name()));
            return e;
        }
        throw new AssertionError(source.name() + " was accepted");
    }

    @Test
    void truncatedXmlNamesTheLine() {
        byte[] whole = ImportCases.fixture(ImportCases.FIXTURES + "frab-congress.xml").bytes();
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        long linesInHalf = new String(half, StandardCharsets.UTF_8).lines().count();
        ScheduleLoadException e = refusal(new SourceText("cut.xml", half));
        assertThat(e.problems().get(0).message()).startsWith("not well-formed XML");
        assertThat(e.problems().get(0).line()).as("the line where the text stops").isEqualTo((int) linesInHalf);
    }

    @Test
    void invalidJsonNamesLineAndColumn() {
        ScheduleLoadException e = refusal(SourceText.of("bad.json",
                "{\"schedule\": {\n  \"conference\": {\n    \"title\": \"x\",,\n  }\n}}"));
        assertThat(e.problems().get(0).line()).isEqualTo(3);
        assertThat(e.problems().get(0).message()).startsWith("not valid JSON").contains("column");
    }

    @Test
    void truncatedJsonIsRefused() {
        byte[] whole = ImportCases.fixture(ImportCases.FIXTURES + "sessionize-local-times.json").bytes();
        assertThat(refusal(new SourceText("cut.json", Arrays.copyOf(whole, whole.length / 2))).getMessage())
                .contains("not valid JSON");
    }

    @Test
    void garbageBytesAreBinaryData() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        assertThat(refusal(new SourceText("noise.bin", noise)).problems().get(0).message())
                .containsAnyOf("binary data", "not UTF-8");
    }

    @Test
    void textInNoKnownFormatSaysHowToNameIt() {
        assertThat(refusal(SourceText.of("notes.txt", "just some notes\nnothing else\n")).problems().get(0)
                .message()).contains("cannot tell which schedule format").contains("ical:notes.txt");
    }

    @Test
    void emptyFileIsEmpty() {
        assertThat(refusal(SourceText.of("empty.ics", "  \n")).problems().get(0).message()).contains("empty");
    }

    @Test
    void fiftyMegabytesAreRefusedBeforeParsing() {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        byte[] head = "<schedule>".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, big, 0, head.length);
        assertThat(refusal(new SourceText("huge.xml", big)).problems().get(0).message())
                .contains("50.0 MB").contains("refused");
    }

    @Test
    void xmlThatIsNotAScheduleSaysWhatItExpected() {
        assertThat(refusal(SourceText.of("feed.xml", "<schedule><conference><time_zone_name>UTC</time_zone_name>"
                + "</conference><day date=\"2025-01-01\"/></schedule>"))
                .problems().get(0).message()).contains("no sessions");
    }

    @Test
    void externalEntitiesAreNotFollowed() {
        ScheduleLoadException e = refusal(SourceText.of("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule ["
                + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<schedule><conference><title>&x;</title>"
                + "</conference></schedule>"));
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void eventErrorsAreLocatedByLineAndField() {
        String xml = """
                <schedule>
                  <conference><title>T</title><time_zone_name>Europe/Berlin</time_zone_name></conference>
                  <day date="2025-12-27" index="1">
                    <room name="One">
                      <event id="1"><date>2025-12-27T10:00:00+01:00</date><duration>01:00</duration>
                        <title>Fine</title></event>
                      <event id="2">
                        <date>yesterday</date><duration>1h</duration><title>Broken</title></event>
                    </room>
                  </day>
                </schedule>
                """;
        ScheduleLoadException e = refusal(SourceText.of("s.xml", xml));
        assertThat(e.problems()).extracting(Problem::toString).contains(
                "error: s.xml:8: day[1].room[One].event[2](id 2).date: 'yesterday' is not a date-time; frab writes "
                        + "2025-12-27T16:00:00+01:00",
                "error: s.xml:8: day[1].room[One].event[2](id 2).duration: '1h' is not a duration; frab writes HH:MM");
    }

    @Test
    void unknownZoneNamesTheField() {
        String json = "{\"schedule\": {\"conference\": {\"title\": \"x\", \"time_zone_name\": \"Mars/Olympus\","
                + " \"days\": []}}}";
        assertThat(refusal(SourceText.of("s.json", json)).problems()).anyMatch(p -> p.field().equals(
                "schedule.conference.time_zone_name") && p.message().contains("Mars/Olympus"));
    }
}
