package dev.emcee.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.core.schedule.SpeakerId;
import dev.emcee.core.schedule.Track;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The invariants every importer keeps, checked on every real input. */
@Timeout(60)
class ImporterContractTest {
    private static final Pattern HTML_TAG = Pattern.compile("</?(p|br|a|em|strong|b|i|ul|ol|li|div|span|h[1-6]|code"
            + "|pre|blockquote)(\\s[^>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-f]+|[a-z]{2,8});",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN = Pattern.compile("\\*\\*\\S|\\S\\*\\*|__\\S|\\[[^\\]\\n]+\\]\\([^)\\s]+\\)"
            + "|(?m)^#{1,6} |(?m)^```|(?m)^> ");

    static Stream<ImportCases> cases() {
        return ImportCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isDetectedAsItsFormat(ImportCases input) {
        assertThat(FormatDetector.detect(input.source())).contains(input.format());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsTheScheduleInvariants(ImportCases input) throws Exception {
        Schedule schedule = input.load().schedule();

        assertThat(schedule.sessions()).isNotEmpty();
        assertThat(schedule.zone()).isNotNull();
        assertThat(schedule.conference().name()).isNotBlank();
        for (Session session : schedule.sessions()) {
            assertThat(session.end()).as("end of %s", session.id()).isAfterOrEqualTo(session.start());
        }
        assertUnique(schedule.sessions().stream().map(s -> s.id().value()).toList(), "session ids");
        assertUnique(schedule.rooms().stream().map(r -> r.id().value()).toList(), "room ids");
        assertUnique(schedule.speakers().stream().map(s -> s.id().value()).toList(), "speaker ids");
        assertUnique(schedule.tracks().stream().map(t -> t.id().value()).toList(), "track ids");

        Set<RoomId> rooms = new HashSet<>(schedule.rooms().stream().map(Room::id).toList());
        Set<SpeakerId> speakers = new HashSet<>(schedule.speakers().stream().map(Speaker::id).toList());
        for (Session session : schedule.sessions()) {
            assertThat(rooms).as("room of %s", session.id()).contains(session.room());
            assertThat(speakers).as("speakers of %s", session.id()).containsAll(session.speakers());
            session.track().ifPresent(t -> assertThat(schedule.track(t)).as("track of %s", session.id()).isPresent());
        }
        for (Track track : schedule.tracks()) {
            assertThat(speakers).as("hosts of %s", track.name()).containsAll(track.hosts());
        }
        for (Room room : schedule.rooms()) {
            assertThat(schedule.sessions()).as("sessions in %s", room.name()).anyMatch(s -> s.room().equals(room.id()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void leavesNoMarkupInTheText(ImportCases input) throws Exception {
        Schedule schedule = input.load().schedule();
        for (Session session : schedule.sessions()) {
            String where = input.file() + " session " + session.id();
            session.title().ifPresent(title -> assertClean(title, where + " title"));
            assertClean(session.abstractText(), where + " abstract");
            var markdown = MARKDOWN.matcher(session.abstractText());
            assertThat(markdown.find()).as("Markdown in %s: '%s'", where, markdown.find(0) ? session.abstractText()
                    .substring(Math.max(0, markdown.start() - 60), Math.min(session.abstractText().length(),
                    markdown.end() + 60)) : "").isFalse();
            assertThat(session.abstractText()).as(where).doesNotContain("\r").doesNotStartWith(" ");
        }
        for (Speaker speaker : schedule.speakers()) {
            assertClean(speaker.name(), "speaker " + speaker.id());
            speaker.bio().ifPresent(bio -> assertClean(bio, "bio of " + speaker.id()));
            speaker.bio().ifPresent(bio -> assertThat(bio).doesNotContain("\\r\\n", "\r"));
        }
        for (Room room : schedule.rooms()) {
            assertClean(room.name(), "room " + room.id());
            assertThat(room.name()).isEqualTo(room.name().strip());
        }
    }

    private static void assertClean(String text, String where) {
        assertThat(HTML_TAG.matcher(text).find()).as("HTML tag in %s: %s", where, text).isFalse();
        assertThat(ENTITY.matcher(text).find()).as("HTML entity in %s: %s", where, text).isFalse();
    }

    private static void assertUnique(List<String> ids, String what) {
        assertThat(new HashSet<>(ids)).as(what).hasSameSizeAs(ids);
    }
}
