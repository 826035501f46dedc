package dev.emcee.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.PlainTextRenderer;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.testing.ChatHarness;
import dev.emcee.sources.read.ReadOptions;
import dev.emcee.sources.read.ScheduleLoadException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Phrasings that real conferences' names make hard (rooms named with ordinary words, German umlauts, FOSDEM's
 * devrooms and stands, thousands of speakers), asked of a real Emcee on the exports in shared/schedules.
 *
 * <p>Each row: file | local time on the conference's clock | question | answer kind | texts the reply contains,
 * separated by {@code |}; a text starting with {@code !} must not appear.
 */
@Timeout(120)
class QuestionsOnRealSchedulesTest {
    private static final String C3 = "frab_xml_39c3_2025_hub.xml";
    private static final String FOSDEM = "frab_xml_fosdem2021.xml";
    private static final String DDD = "sessionize_all_dddmelbourne2024.json";
    private static final String DEBCONF = "frab_xml_debconf23.xml";
    private static final String LCA = "ics_linux_conf_au_2020.ics";
    /** The zones of files that name none. */
    private static final Map<String, String> ZONES = Map.of(FOSDEM, "Europe/Brussels", DDD, "Australia/Melbourne");
    private static final Map<String, Schedule> SCHEDULES = new ConcurrentHashMap<>();

    static Stream<Arguments> table() {
        String rows = """
                C3 | 2025-12-28T13:00 | what's on right now | OnNow | at the conference | !Nothing is on in Hardware Hacking Area
                C3 | 2025-12-28T13:00 | what's next right now | UpNext | at the conference | !in Hardware Hacking Area
                C3 | 2025-12-28T13:00 | which one is next | UpNext | at the conference
                C3 | 2025-12-28T13:00 | what's next in one | UpNext | in One | Cory Doctorow
                C3 | 2025-12-28T13:00 | what's next in the hardware hacking area | UpNext | in Hardware Hacking Area -- Right-front
                C3 | 2025-12-28T13:00 | what's next in sendezentrum buehne | UpNext | in Sendezentrum Bühne
                C3 | 2025-12-28T13:00 | what's next in Sendezentrum Bühne | UpNext | in Sendezentrum Bühne
                C3 | 2025-12-28T13:00 | what's next in sendezentrum buhne | UpNext | in Sendezentrum Bühne
                C3 | 2025-12-28T13:00 | what's on in the buehne | SessionListing | in Sendezentrum Bühne: | They Talk Tech
                FOSDEM | 2021-02-06T10:00 | what's next in the postgresql devroom | UpNext | in D.postgresql | Foreign data wrapper study
                FOSDEM | 2021-02-06T10:00 | what's on in the python devroom | SessionListing | in D.python
                FOSDEM | 2021-02-06T10:00 | what's next in the hardware trusted devroom | UpNext | in D.hardware.trusted
                FOSDEM | 2021-02-06T10:00 | what's next at the kde stand | UpNext | in S.kde | !Which
                FOSDEM | 2021-02-06T10:00 | what's on now at the postgresql stand | OnNow | in S.postgresql
                FOSDEM | 2021-02-06T10:00 | what's next in the mariadb devroom | UpNext | in D.mariadb | !Which
                FOSDEM | 2021-02-06T10:00 | what's next in postgresql | UpNext | in the PostgreSQL track | !Which room
                FOSDEM | 2021-02-06T10:00 | the postgresql schedule | SessionListing | in the PostgreSQL track | PostgreSQL Waffles | !Which room
                FOSDEM | 2021-02-06T10:00 | what's on in mariadb today | SessionListing | in the MariaDB track | !Which room
                FOSDEM | 2021-02-06T10:00 | the first talk tomorrow | SessionListing | The first session on Sunday, February 7 | !Infodesk
                FOSDEM | 2021-02-06T10:00 | what's the last session today in the postgresql devroom | SessionListing | The last session on Saturday, February 6 in D.postgresql
                FOSDEM | 2021-02-06T10:00 | first talk in the kde stand | SessionListing | The first session on Sunday, February 7 in S.kde | Konsole: New Features | !Welcome to the stand
                FOSDEM | 2021-02-06T10:00 | the keynote | SessionListing | Sessions about "keynote"
                DDD | 2024-03-16T08:00 | the first talk | SessionListing | The first session on Saturday, March 16 | Will AI Coding Assistants | !Scaling a Monolith
                DDD | 2024-03-16T08:00 | the last talk today | SessionListing | The last session on Saturday, March 16 | Software Disasters for Fun | !Documentation for Developers
                DDD | 2024-03-16T08:00 | the last talk tomorrow | SessionListing | No session is scheduled on Sunday, March 17.
                LCA | 2020-01-14T10:00 | the keynote | SessionListing | The next keynote | Keynote: Drop Your Tools | !From 2020 to 2121
                LCA | 2020-01-14T10:30 | the keynote | SessionListing | The next keynote | Keynote: From 2020 to 2121 | !Drop Your Tools
                LCA | 2020-01-14T10:00 | when is the keynote tomorrow | SessionListing | The keynote on Wednesday, January 15 | Keynote: From 2020 to 2121 | !Drop Your Tools
                LCA | 2020-01-14T10:00 | who gives the last keynote | SessionListing | The last keynote: | Out of the sausage factory | Fri Jan 17 | !From 2020 to 2121
                LCA | 2020-01-14T10:00 | the first keynote | SessionListing | The first keynote: | Keynote: Drop Your Tools | !From 2020 to 2121
                LCA | 2020-01-14T10:00 | the last talk today in rm 7 | SessionListing | The last session on Tuesday, January 14 in Room 7
                C3 | 2025-12-28T13:00 | the first talk tomorrow | SessionListing | The first session on Monday, December 29
                C3 | 2025-12-28T13:00 | the first talk by Cory Doctorow | PersonProfile | Cory Doctorow
                C3 | 2025-12-28T13:00 | what's on rn | OnNow | On now at the conference | !found nothing
                C3 | 2025-12-28T13:00 | whats happening in one rn | OnNow | in One | !found nothing
                DEBCONF | 2023-09-12T10:00 | what's on after lunch | SessionListing | Tuesday, September 12, after lunch | Debian Experience & Outreachy | Salsa CI BoF | !"Lunch" | !Meet (part of) the Ubuntu
                DEBCONF | 2023-09-13T10:00 | anything after lunch tomorrow? | SessionListing | Thursday, September 14, after lunch | Group photo | !Home Automation
                DEBCONF | 2023-09-12T10:00 | what's next after lunch? | SessionListing | after lunch | Debian Experience & Outreachy
                C3 | 2025-12-28T10:00 | what's on after lunch | SessionListing | Sunday, December 28, after lunch | !found nothing
                C3 | 2025-12-28T10:00 | what time is Closing Ceremony | SessionListing | The session "Closing Ceremony" | Tue Dec 30 | !Which person
                C3 | 2025-12-28T10:00 | when is Security Nightmares | SessionListing | The session "Security Nightmares" | !Security track:
                C3 | 2025-12-28T10:00 | what time is Atoms in Space | SessionListing | "Atoms in Space" | !Which person
                C3 | 2025-12-28T10:00 | what time does the hacking washing machines talk start? | SessionListing | "Hacking washing machines" | !Right-front:
                C3 | 2025-12-28T10:00 | when is Laser Beams & Light Streams | SessionListing | Laser Beams & Light Streams: Letting Hackers Go Pew Pew
                C3 | 2025-12-28T10:00 | when is security nightmare | SessionListing | "Security Nightmares" | !Security track:
                C3 | 2025-12-28T10:00 | what time is Tim Pritlove speaking | PersonProfile | Tim Pritlove
                C3 | 2025-12-28T10:00 | what time is Binärgewitter Talk | SessionListing | "Binärgewitter Talk" | !Sessions about
                C3 | 2025-12-28T10:00 | when is The Freak Show Clubhouse | SessionListing | "The Freak Show Clubhouse" | !Sessions about
                FOSDEM | 2021-02-06T10:00 | when is The future of dependency management, seen from 2021 | SessionListing | The session "The future of dependency management, seen from 2021" | !track:
                FOSDEM | 2021-02-06T10:00 | when is postgresql waffles | SessionListing | "PostgreSQL Waffles" | Sat Feb 6, 10am
                LCA | 2020-01-14T10:00 | what's next in rm 7 | UpNext | in Room 7 | !at the conference
                LCA | 2020-01-14T10:00 | what's on now in rm. 5 | OnNow | in Room 5
                LCA | 2020-01-14T10:00 | what's next in room 12 | NoMatch | There is no room 12 on the schedule; the rooms are | Room 7 | !morning tea
                LCA | 2020-01-14T10:00 | what's on in rm 12 | NoMatch | There is no room 12 on the schedule
                FOSDEM | 2021-02-06T10:00 | what's next in janson | NoMatch | There is no room "janson" on this schedule | !Up next at the conference
                FOSDEM | 2021-02-06T10:00 | what's on now in the janson room | NoMatch | There is no room "janson room" on this schedule
                FOSDEM | 2021-02-06T10:00 | what's next in the python devroom | UpNext | in D.python
                C3 | 2025-12-28T13:00 | what's next in saal 1 | NoMatch | There is no room "saal 1" on this schedule | • rooms | !Up next
                C3 | 2025-12-28T13:00 | what's next in fuse | UpNext | in Fuse
                FOSDEM | 2021-02-06T10:00 | who is Linus Torvalds | NoMatch | I don't know anyone called "linus torvalds" on this schedule | !Void Linux
                FOSDEM | 2021-02-06T10:00 | when is Linus Torvalds speaking? | NoMatch | I don't know anyone called "linus torvalds" on this schedule | !Void Linux
                FOSDEM | 2021-02-06T10:00 | who is Peter Eisenberg | NoMatch | I don't know anyone called "peter eisenberg" on this schedule | !Peter Eisentraut
                FOSDEM | 2021-02-06T10:00 | who is Tom Lane | NoMatch | I don't know anyone called "tom lane" on this schedule | !Tom Payne
                FOSDEM | 2021-02-06T10:00 | who is John Smith | NoMatch | I don't know anyone called "john smith" on this schedule | !Live wallpapers
                FOSDEM | 2021-02-06T10:00 | talks by magnus hagander | NoMatch | I don't know anyone called "magnus hagander" on this schedule | !Thunderbird
                FOSDEM | 2021-02-06T10:00 | who is Peter Eisentrout | PersonProfile | Peter Eisentraut
                FOSDEM | 2021-02-06T10:00 | who is Daniel Kolessa | PersonProfile | Daniel Kolesa
                FOSDEM | 2021-02-06T10:00 | who is Danile Kolesa | PersonProfile | Daniel Kolesa
                FOSDEM | 2021-02-06T10:00 | who is Bruce Momjian | PersonProfile | Bruce Momjian
                FOSDEM | 2021-02-06T10:00 | who is Bruce Momjan | PersonProfile | Bruce Momjian
                FOSDEM | 2021-02-06T10:00 | who is Daniel Kolisaa | NoMatch | I don't know anyone called "daniel kolisaa" on this schedule. Did you mean: | who is Daniel Kolesa?
                LCA | 2020-01-14T10:00 | who is from red hat | NoMatch | for "red hat": no session mentions all of its words | !don't know anyone
                FOSDEM | 2021-02-06T10:00 | who is talking about kubernetes | SessionListing | Kubernetes Config Management Landscape
                FOSDEM | 2021-02-06T10:00 | who is kubernetes | SessionListing | Kubernetes Config Management Landscape
                DDD | 2024-06-15T08:00 | beginner sessions | SessionListing | No experience necessary sessions | !No sessions are marked
                DDD | 2024-06-15T08:00 | anything for beginners? | SessionListing | No experience necessary sessions | !No sessions are marked
                DDD | 2024-06-15T08:00 | intro talks | SessionListing | No experience necessary sessions
                DDD | 2024-06-15T08:00 | intermediate talks | SessionListing | Mostly intermediate sessions | !No sessions are marked
                DDD | 2024-06-15T08:00 | no experience necessary | SessionListing | No experience necessary sessions | !Sessions about
                DDD | 2024-06-15T08:00 | advanced sessions | SessionListing | No sessions are marked Advanced. Levels in this schedule: Mostly intermediate, No experience necessary.
                """;
        return rows.lines().filter(l -> !l.isBlank()).map(QuestionsOnRealSchedulesTest::row);
    }

    private static Arguments row(String line) {
        String[] cells = line.split("\\|", -1);
        String file = switch (cells[0].strip()) {
            case "C3" -> C3;
            case "FOSDEM" -> FOSDEM;
            case "DDD" -> DDD;
            case "DEBCONF" -> DEBCONF;
            case "LCA" -> LCA;
            default -> throw new IllegalArgumentException("no file " + cells[0]);
        };
        List<String> expected = Arrays.stream(cells).skip(4).map(String::strip).toList();
        return Arguments.of(file, cells[1].strip(), cells[2].strip(), cells[3].strip(), expected);
    }

    @ParameterizedTest(name = "{0} at {1}: \"{2}\" -> {3}")
    @MethodSource("table")
    void answers(String file, String localTime, String question, String kind, List<String> expected) {
        Schedule schedule = schedule(file);
        ChatHarness chat = new ChatHarness(schedule,
                LocalDateTime.parse(localTime).atZone(schedule.zone()).toInstant());
        Answer answer = chat.answer(question);
        String text = PlainTextRenderer.render(answer);

        assertThat(answer.getClass().getSimpleName()).as("answer kind for \"%s\"; reply:%n%s", question, text)
                .isEqualTo(kind);
        for (String fact : expected) {
            if (fact.startsWith("!")) {
                assertThat(text).as("reply to \"%s\"", question).doesNotContain(fact.substring(1));
            } else {
                assertThat(text).as("reply to \"%s\"", question).contains(fact);
            }
        }
    }

    private static Schedule schedule(String file) {
        return SCHEDULES.computeIfAbsent(file, f -> {
            try {
                return new ScheduleImporter().read(SharedSchedules.source(f), Optional.empty(),
                        new ReadOptions(Optional.ofNullable(ZONES.get(f)).map(ZoneId::of))).schedule();
            } catch (ScheduleLoadException e) {
                // Only a read failure: a missing ../shared must reach JUnit as the skip (or CI's failure) it is.
                throw new IllegalStateException("could not read " + f, e);
            }
        });
    }
}
