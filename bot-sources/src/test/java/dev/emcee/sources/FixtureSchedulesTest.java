package dev.emcee.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.SessionKind;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.ReadOptions;
import dev.emcee.sources.read.ScheduleAssembly;
import dev.emcee.sources.read.ScheduleLoadException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every reader on the project's own fixtures ({@code src/test/resources/schedules}, see the README there): each
 * fixture carries its format's quirks in a few events, and each quirk is checked here, so these tests fail when a
 * reader breaks, with nothing beside the repository.
 */
@Timeout(60)
class FixtureSchedulesTest {
    private final ScheduleImporter importer = new ScheduleImporter();

    private LoadedSchedule load(String file, String zone) throws ScheduleLoadException {
        return importer.read(ImportCases.fixture(ImportCases.FIXTURES + file), Optional.empty(),
                new ReadOptions(Optional.ofNullable(zone).map(ZoneId::of)));
    }

    private static Session session(Schedule schedule, String id) {
        return schedule.session(new SessionId(id)).orElseThrow();
    }

    @Test
    void everyFormatHasAFixtureDetectedAsIt() {
        assertThat(ImportCases.fixtures()).extracting(ImportCases::format).contains(ScheduleFormat.values());
        for (ImportCases input : ImportCases.fixtures()) {
            assertThat(FormatDetector.detect(input.source())).as(input.file()).contains(input.format());
        }
    }

    @Test
    void frabHubExportTakesEachInstantFromItsDateAndIgnoresNestedTitles() throws Exception {
        LoadedSchedule loaded = load("frab-congress.xml", null);
        Schedule s = loaded.schedule();
        assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(s.conference().name()).isEqualTo("Emcee Fixture Congress");
        assertThat(s.sessions()).hasSize(5);
        assertThat(s.rooms()).extracting(Room::name).containsExactly("Saal Eins", "Bühne Zwei");
        assertThat(loaded.warnings()).anyMatch(p -> p.message().contains("'test-raum' has no sessions"));

        Session opening = session(s, "1001");
        assertThat(opening.title()).contains("Eröffnung: Müll & Mehr");
        assertThat(opening.start()).isEqualTo(Instant.parse("2026-12-27T09:30:00Z"));
        assertThat(opening.abstractText()).isEqualTo("Welcome to the fixture congress.");
        assertThat(s.speakersOf(opening)).extracting(Speaker::name).containsExactly("Norma Müller-Schmitz");
        assertThat(s.track(opening.track().orElseThrow()).orElseThrow().name())
                .isEqualTo("Ethics, Society & Politics");

        Session pastMidnight = session(s, "1002");
        assertThat(pastMidnight.end()).isEqualTo(Instant.parse("2026-12-27T23:45:00Z"));
        assertThat(pastMidnight.abstractText()).as("abstract and equal description once").isEqualTo("Bring a board.");
        // Under <day date="2026-12-27"> but on the next calendar date: the instant comes from <date>.
        Session nextDate = session(s, "1003");
        assertThat(nextDate.start()).isEqualTo(Instant.parse("2026-12-28T00:00:00Z"));
        assertThat(nextDate.speakers()).isEmpty();
        assertThat(session(s, "1004").abstractText()).contains("Why repair matters.")
                .contains("repair").doesNotContain("<a").doesNotContain("&lt;");
        assertThat(s.speakers()).extracting(Speaker::name).containsExactlyInAnyOrder("Norma Müller-Schmitz",
                "Ada Kowalczyk", "Jun Tanaka", "Émile Zola-Brandt");
        assertThat(loaded.warnings()).noneMatch(p -> p.message().contains("disagrees"));
    }

    @Test
    void wafersUtcDatesBesideLocalStartsGiveTheLocalTime() throws Exception {
        LoadedSchedule loaded = load("frab-utc-dates.xml", null);
        Schedule s = loaded.schedule();
        assertThat(s.zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(s.sessions()).hasSize(4);
        Session opening = session(s, "35");
        assertThat(opening.title()).contains("Opening Ceremony");
        assertThat(opening.start()).isEqualTo(Instant.parse("2026-09-10T05:00:00Z"));
        assertThat(opening.start().atZone(s.zone()).toLocalTime()).hasToString("10:30");
        assertThat(opening.abstractText()).isEqualTo("Welcome to the fixture.\n\nTwo paragraphs, indented by the "
                + "template.");
        assertThat(session(s, "36").speakers()).isEmpty();
        assertThat(session(s, "37").end()).isEqualTo(Instant.parse("2026-09-10T12:00:00Z"));
        // Event 38's <start> 14:30 disagrees with its <date> (14:00 in Kolkata): the <date> wins, said once.
        assertThat(session(s, "38").start().atZone(s.zone()).toLocalTime()).hasToString("14:00");
        assertThat(loaded.warnings()).filteredOn(p -> p.message().contains("disagrees")).hasSize(1)
                .allMatch(p -> p.message().startsWith("1 event(s)"));
        assertThat(s.speakers()).extracting(Speaker::name).containsExactlyInAnyOrder("Lakshmi Iyer",
                "Zoë Fernández");
    }

    @Test
    void pentabarfWithoutZoneNeedsOneAndShiftsEventsBeforeTheDayChange() throws Exception {
        assertThatThrownBy(() -> load("pentabarf-no-zone.xml", null)).isInstanceOf(ScheduleLoadException.class)
                .hasMessageContaining("--zone");
        LoadedSchedule loaded = load("pentabarf-no-zone.xml", "Europe/Brussels");
        Schedule s = loaded.schedule();
        assertThat(s.sessions()).hasSize(4);
        assertThat(s.rooms()).extracting(Room::name).containsExactly("Janson", "H.1308 (Rolin)");
        assertThat(loaded.warnings()).anyMatch(p -> p.message().contains("'D.graph' has no sessions"));
        Session welcome = session(s, "11795");
        assertThat(welcome.start()).isEqualTo(Instant.parse("2026-02-07T08:00:00Z"));
        assertThat(welcome.end()).isEqualTo(Instant.parse("2026-02-07T08:25:00Z"));
        assertThat(welcome.abstractText()).isEqualTo("FOSDEM welcome and opening talk.\n\nWelcome to FOSDEM 2026!");
        // 01:30 is before the 06:00 day change: the next morning.
        Session night = session(s, "11796");
        assertThat(night.start()).isEqualTo(Instant.parse("2026-02-08T00:30:00Z"));
        assertThat(night.title()).contains("The Night Shift & You");
        assertThat(night.speakers()).isEmpty();
        assertThat(night.abstractText()).contains("Coffee").contains("More coffee").doesNotContain("<li>");
        assertThat(session(s, "11800").abstractText()).isEqualTo("Nodes & edges.");
        assertThat(s.conference().venue()).contains("ULB (Université Libre de Bruxelles), Brussels");
        assertThat(s.speakers()).extracting(Speaker::name).containsExactlyInAnyOrder("Ann Peeters",
                "Søren Ødegård");
        assertThat(s.sessionDays()).hasSize(2);
    }

    @Test
    void campScheduleJsonCrossesMidnightAndLosesItsMarkup() throws Exception {
        Schedule s = load("schedule-camp.json", null).schedule();
        assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(s.conference().name()).isEqualTo("Fixture Communication Camp 2026");
        assertThat(s.sessions()).hasSize(4);
        assertThat(s.rooms()).extracting(Room::name).containsExactly("Curie", "Meitner");
        Session tents = session(s, "10234");
        assertThat(tents.title()).contains("Tents & Towers");
        assertThat(tents.start()).isEqualTo(Instant.parse("2026-08-21T09:00:00Z"));
        assertThat(tents.abstractText()).startsWith("A talk about tents.\n\nSee \"the wiki\" (https://fixture.example/wiki)").contains("bring pegs")
                .contains("Tents and towers.").doesNotContain("**").doesNotContain("<b>").doesNotContain("\r");
        Session night = session(s, "10235");
        assertThat(night.end()).isEqualTo(Instant.parse("2026-08-21T22:30:00Z"));
        assertThat(night.start().atZone(s.zone()).toLocalDate()).isNotEqualTo(night.end().atZone(s.zone())
                .toLocalDate());
        assertThat(night.speakers()).isEmpty();
        assertThat(night.abstractText()).doesNotContain("##").contains("What to bring").contains("a blanket");
        assertThat(s.speakersOf(session(s, "10236"))).extracting(Speaker::name)
                .containsExactly("Jörg Übel", "Mara Lindqvist");
        assertThat(s.speakers()).hasSize(3);
        assertThat(s.sessionDays()).hasSize(2);
    }

    @Test
    void pretalxJsonWithoutAZoneUsesItsOffsetAndSaysSo() throws Exception {
        LoadedSchedule withoutZone = load("schedule-pretalx-no-zone.json", null);
        assertThat(withoutZone.schedule().zone()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(withoutZone.warnings()).anyMatch(p -> p.message().contains("names no time zone")
                && p.message().contains("--zone"));
        LoadedSchedule loaded = load("schedule-pretalx-no-zone.json", "Europe/Berlin");
        assertThat(loaded.warnings()).noneMatch(p -> p.message().contains("names no time zone"));
        Schedule s = loaded.schedule();
        assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(s.sessions()).hasSize(3);
        assertThat(s.rooms()).extracting(Room::name).containsExactly("Stubnitz/Gängeviertel Hamburg",
                "Bits & Bäume Bühne");
        Session harbours = session(s, "101");
        assertThat(harbours.start()).isEqualTo(Instant.parse("2026-12-27T17:00:00Z"));
        assertThat(harbours.abstractText()).startsWith("Ein Vortrag über Häfen.").contains("Kräne")
                .doesNotContain("**").doesNotContain("\r");
        Speaker friederike = s.speakersOf(harbours).get(0);
        assertThat(friederike.name()).isEqualTo("Friederike Groß");
        assertThat(friederike.bio()).hasValueSatisfying(bio -> assertThat(bio).contains("Hafenarbeiterin.")
                .doesNotContain("\r"));
        // The same pretalx code on two events is one person.
        assertThat(s.speakersOf(session(s, "103"))).containsExactly(friederike);
        assertThat(s.speakers()).extracting(Speaker::name).containsExactlyInAnyOrder("Friederike Groß",
                "Kemal Yıldız", "Li Wei");
        assertThat(session(s, "102").abstractText()).isEqualTo("Eine Diskussion.\n\nMit vielen Gästen.");
    }

    @Test
    void icsWithTzidButNoVtimezoneReadsTheZoneByName() throws Exception {
        LoadedSchedule loaded = load("ics-tzid-without-vtimezone.ics", null);
        Schedule s = loaded.schedule();
        assertThat(s.zone()).isEqualTo(ZoneId.of("Australia/Brisbane"));
        assertThat(s.conference().name()).isEqualTo("Fixture Linux Conf 2026");
        assertThat(s.sessions()).as("the all-day event is not a session").hasSize(4);
        assertThat(loaded.warnings()).anyMatch(p -> p.message().contains("all-day"));
        Session opening = session(s, "94@fixture.example");
        assertThat(opening.start()).isEqualTo(Instant.parse("2026-01-13T23:00:00Z"));
        assertThat(s.speakersOf(opening)).extracting(Speaker::name).containsExactly("Joan Addison");
        assertThat(opening.abstractText()).isEqualTo("Opening Remarks and Housekeeping");
        Session folded = session(s, "95@fixture.example");
        assertThat(folded.title()).contains("Kernel Scheduling for People Who Are Not Kernel Developers and Would "
                + "Rather Not Be");
        assertThat(folded.abstractText()).isEqualTo("A gentle introduction to the scheduler.");
        assertThat(s.speakersOf(folded)).extracting(Speaker::name).containsExactly("Mei Chen");
        assertThat(s.roomName(session(s, "96@fixture.example").room())).isEqualTo("Arena, Room 8, Room 5");
        assertThat(s.roomName(session(s, "97@fixture.example").room())).isEqualTo(ScheduleAssembly.NO_ROOM);
        assertThat(s.rooms()).hasSize(4);
    }

    @Test
    void brokenIcsStillReadsEveryCharacter() throws Exception {
        Schedule s = load("ics-broken.ics", null).schedule();
        assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(s.sessions()).hasSize(3);
        // "Amphithéâtre Callelongue" and "Amphithéatre Callelongue" are one room.
        assertThat(s.rooms()).hasSize(2);
        Session opening = session(s, "jres-1");
        assertThat(opening.start()).isEqualTo(Instant.parse("2026-05-17T07:00:00Z"));
        assertThat(opening.title()).contains("Ouverture, accueil, café");
        // The fold splits the first ’ between two lines, which end in CR CR LF.
        assertThat(opening.abstractText()).startsWith("Une présentation de l’ensemble des services")
                .doesNotContain("\uFFFD").doesNotContain("\r");
        assertThat(session(s, "jres-2").abstractText()).isEmpty();
        assertThat(s.sessions()).allSatisfy(x -> assertThat(x.title().orElse("") + x.abstractText())
                .doesNotContain("\uFFFD"));
    }

    @Test
    void icsWithSharedUidsAndUtcTimesKeepsEveryEvent() throws Exception {
        LoadedSchedule withoutZone = load("ics-utc-shared-uids.ics", null);
        assertThat(withoutZone.schedule().zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(withoutZone.warnings()).anyMatch(p -> p.message().contains("--zone"))
                .anyMatch(p -> p.message().contains("3 events share UID '46939'"))
                .anyMatch(p -> p.line() == 4 && p.message().startsWith("'VTIMEZONE: Europe/Rome' is not"));
        Schedule s = load("ics-utc-shared-uids.ics", "Europe/Rome").schedule();
        assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Rome"));
        assertThat(s.sessions()).hasSize(4);
        assertThat(s.rooms()).extracting(Room::name).containsExactlyInAnyOrder("XOR", "MOV", "MOKids", "FreeKevin");
        assertThat(s.sessions()).extracting(x -> x.title().orElse("")).containsExactlyInAnyOrder("Apertura",
                "Radio e SDR", "Laboratorio per ragazzi", "Notte dei CTF");
        Session radio = s.sessions().stream().filter(x -> x.title().orElse("").equals("Radio e SDR")).findFirst()
                .orElseThrow();
        assertThat(s.speakersOf(radio)).extracting(Speaker::name).containsExactly("Marco Bianchi", "Sara Esposito");
        assertThat(radio.start()).isEqualTo(Instant.parse("2026-09-13T16:30:00Z"));
        assertThat(s.sessionDays()).hasSize(2);
    }

    @Test
    void sessionizeLocalTimesNeedAZoneAndResolveTheirReferences() throws Exception {
        assertThatThrownBy(() -> load("sessionize-local-times.json", null)).hasMessageContaining("--zone");
        LoadedSchedule loaded = load("sessionize-local-times.json", "Pacific/Auckland");
        Schedule s = loaded.schedule();
        assertThat(s.sessions()).hasSize(4);
        assertThat(s.rooms()).extracting(Room::name).containsExactly("Grand Ballroom", "Supper (top)",
                "Hoddle (men's bar)");
        Session keynote = session(s, "581840");
        assertThat(keynote.start()).isEqualTo(Instant.parse("2026-03-13T20:00:00Z"));
        assertThat(keynote.level()).contains("Everyone");
        assertThat(keynote.topics()).containsExactly("Design");
        assertThat(keynote.abstractText()).isEqualTo("We build for people.\n\nThis keynote says how.");
        Session typing = session(s, "581841");
        assertThat(typing.level()).contains("Mostly intermediate");
        assertThat(typing.topics()).containsExactly("AI", "Languages");
        assertThat(s.speakersOf(typing)).extracting(Speaker::name).containsExactly("Tom O'Brien", "Priya Raman");
        assertThat(s.speakers()).filteredOn(x -> x.name().equals("Aroha Ngata")).singleElement()
                .satisfies(x -> assertThat(x.bio()).contains("Designer.\nSpeaker."));
        assertThat(session(s, "581842").kind().isIntermission()).as("lunch is a service session").isTrue();
    }

    @Test
    void emceeYamlWithOffsetsTimeOfDayEndsAndASessionPastMidnight() throws Exception {
        LoadedSchedule loaded = load("emcee-night-owls.yaml", null);
        Schedule s = loaded.schedule();
        assertThat(s.zone()).isEqualTo(ZoneId.of("Pacific/Auckland"));
        assertThat(s.sessions()).hasSize(4);
        Session welcome = session(s, "owl-1");
        assertThat(welcome.start()).isEqualTo(Instant.parse("2026-11-20T05:00:00Z"));
        assertThat(welcome.end()).isEqualTo(Instant.parse("2026-11-20T05:20:00Z"));
        assertThat(welcome.kind()).isEqualTo(SessionKind.KEYNOTE);
        Session untitled = session(s, "owl-2");
        assertThat(untitled.title()).isEmpty();
        assertThat(untitled.topics()).containsExactly("Queues, Logs & Streams");
        assertThat(untitled.rating()).hasValueSatisfying(r -> assertThat(r.count()).isEqualTo(2));
        assertThat(session(s, "owl-3").kind()).isEqualTo(SessionKind.MEAL);
        Session midnight = session(s, "owl-4");
        assertThat(midnight.end()).isEqualTo(Instant.parse("2026-11-20T11:45:00Z"));
        assertThat(s.speakersOf(midnight)).extracting(Speaker::name).containsExactly("Rewi Parata",
                "Hana Takahashi");
        assertThat(s.sessionDays()).hasSize(1);
    }

    @Test
    void listingWithMissingTitlesAndLocationsAndAWrongWeekday() throws Exception {
        assertThatThrownBy(() -> load("listing-fixture.txt", null)).hasMessageContaining("--zone");
        LoadedSchedule loaded = load("listing-fixture.txt", "Europe/Lisbon");
        Schedule s = loaded.schedule();
        assertThat(s.conference().name()).isEqualTo("Fixture Velocity Conference Lisbon 2026");
        assertThat(s.conference().venue()).contains("Lisbon, Portugal");
        assertThat(s.sessions()).hasSize(3);
        Session tracing = s.sessions().get(0);
        assertThat(tracing.title()).contains("Tracing Without Tears");
        assertThat(tracing.start()).isEqualTo(Instant.parse("2026-05-06T09:30:00Z"));
        assertThat(tracing.level()).contains("Beginner");
        assertThat(tracing.rating()).hasValueSatisfying(r -> assertThat(r.count()).isEqualTo(4));
        assertThat(tracing.abstractText()).endsWith("Rui Santos shows how to read them.");
        Session metrics = s.sessions().get(1);
        assertThat(metrics.title()).isEmpty();
        assertThat(metrics.start()).isEqualTo(Instant.parse("2026-05-06T12:00:00Z"));
        assertThat(metrics.end()).isEqualTo(Instant.parse("2026-05-06T12:40:00Z"));
        assertThat(metrics.level()).contains("Intermediate");
        assertThat(metrics.topics()).containsExactly("Metrics, Logs & Traces");
        assertThat(s.speakersOf(metrics)).extracting(Speaker::name).containsExactly("Ana Lima", "Jonas Weber");
        Session alerts = s.sessions().get(2);
        assertThat(alerts.title()).contains("Alert Fatigue");
        assertThat(s.roomName(alerts.room())).isEqualTo(ScheduleAssembly.NO_ROOM);
        assertThat(loaded.warnings()).anyMatch(p -> p.message().contains("no 'Location:' line"))
                .anyMatch(p -> p.message().contains("2026-05-07 is a Thursday, not a Wednesday"));
        assertThat(s.tracks()).singleElement().satisfies(t -> assertThat(s.speaker(t.hosts().get(0)).orElseThrow()
                .name()).isEqualTo("Inês Carvalho"));
    }
}
