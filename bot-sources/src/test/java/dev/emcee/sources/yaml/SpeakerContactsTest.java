package dev.emcee.sources.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.platform.Platform;
import dev.emcee.core.platform.PlatformUser;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.SpeakerId;
import dev.emcee.sources.read.Problem;
import dev.emcee.sources.read.ScheduleLoadException;
import org.junit.jupiter.api.Test;

/** A speaker's {@code slack:} and {@code discord:} fields link them to the platform users Emcee reminds. */
class SpeakerContactsTest {
    private static final String HEAD = """
            conference: {name: Test Conf, zone: Europe/Berlin}
            rooms:
              - {id: r1, name: Room One}
            speakers:
            """;
    private static final String TAIL = """
            sessions:
              - {id: s1, start: 2024-05-01T10:00, end: "10:45", room: r1, speakers: [ada]}
            """;

    @Test
    void aSpeakerIsLinkedToTheirSlackAndDiscordUsers() throws Exception {
        Schedule schedule = read(HEAD + """
                  - id: ada
                    name: Ada Lovelace
                    slack: U0123ABC
                    discord: "123456789012345678"
                  - {id: bob, name: Bob, discord: 223456789012345678}
                  - {id: cy, name: Cy}
                """ + TAIL);
        assertThat(schedule.speaker(new SpeakerId("ada")).orElseThrow().contacts()).containsExactly(
                new PlatformUser(Platform.SLACK, "U0123ABC"), new PlatformUser(Platform.DISCORD, "123456789012345678"));
        assertThat(schedule.speaker(new SpeakerId("bob")).orElseThrow().contacts())
                .containsExactly(new PlatformUser(Platform.DISCORD, "223456789012345678"));
        assertThat(schedule.speaker(new SpeakerId("cy")).orElseThrow().contacts()).isEmpty();
    }

    @Test
    void idsOfTheWrongShapeAreRefusedWithFileLineAndField() {
        ScheduleLoadException e = refuse(HEAD + """
                  - id: ada
                    name: Ada Lovelace
                    slack: "@ada"
                    discord: ada#1234
                  - {id: bob, name: Bob, slak: U0123ABC}
                """ + TAIL);
        assertThat(e.problems()).allMatch(Problem::isError).extracting(Problem::source, Problem::line, Problem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("test.yaml", 7, "speakers[0].slack"),
                        org.assertj.core.groups.Tuple.tuple("test.yaml", 8, "speakers[0].discord"),
                        org.assertj.core.groups.Tuple.tuple("test.yaml", 9, "speakers[1].slak"));
        assertThat(e.problems().get(0).message()).isEqualTo("'@ada' is not a user id; expected a Slack member id "
                + "such as U0123ABC (in Slack: the person's profile, ⋮, Copy member ID)");
        assertThat(e.problems().get(1).message()).startsWith("'ada#1234' is not a user id; expected a Discord user id "
                + "of 17 to 20 digits");
        assertThat(e.problems().get(2).message()).startsWith("unknown field (did you mean 'slack'?)");
    }

    private static Schedule read(String yaml) throws ScheduleLoadException {
        return EmceeYamlReaderTest.read(yaml).schedule();
    }

    private static ScheduleLoadException refuse(String yaml) {
        return EmceeYamlReaderTest.refuse(yaml);
    }
}
