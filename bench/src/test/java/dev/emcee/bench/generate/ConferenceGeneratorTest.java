package dev.emcee.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SpeakerId;
import dev.emcee.sources.read.ScheduleChecks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The generated conference has the promised shape, is the same for the same seed, and reads like a conference. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConferenceGeneratorTest {
    private static Schedule conference;

    @BeforeAll
    static void generate() {
        conference = new ConferenceGenerator().generate(ConferenceGenerator.TEN_THOUSAND, ConferenceGenerator.SEED);
    }

    @Test
    void hasTenThousandSessionsInTwoHundredRoomsWithFiveThousandSpeakersOverFiveDays() {
        assertThat(conference.sessions()).hasSize(10_000);
        assertThat(conference.rooms()).hasSize(200);
        assertThat(conference.speakers()).hasSize(5_000);
        assertThat(conference.sessionDays()).hasSize(5);
        assertThat(conference.tracks()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(conference.rooms()).extracting(r -> r.name()).doesNotHaveDuplicates();
    }

    @Test
    void everySpeakerSpeaksAndNoRoomHostsTwoSessionsAtOnce() {
        Set<SpeakerId> speaking = new HashSet<>();
        conference.sessions().forEach(s -> speaking.addAll(s.speakers()));
        assertThat(speaking).hasSize(5_000);
        for (var room : conference.rooms()) {
            List<Session> inRoom = conference.sessionsIn(room.id());
            for (int i = 1; i < inRoom.size(); i++) {
                assertThat(inRoom.get(i).start()).isAfterOrEqualTo(inRoom.get(i - 1).end());
            }
        }
    }

    @Test
    void readsLikeAConference() {
        assertThat(conference.speakers()).allSatisfy(p -> assertThat(p.name().split(" ")).hasSizeGreaterThanOrEqualTo(2));
        assertThat(conference.speakers()).extracting(p -> p.name()).doesNotHaveDuplicates();
        assertThat(conference.sessions()).allSatisfy(s -> {
            assertThat(s.title()).hasValueSatisfying(t -> assertThat(t).isNotBlank());
            assertThat(s.abstractText().split("\\. ")).hasSizeGreaterThanOrEqualTo(2);
            assertThat(s.topics()).isNotEmpty();
        });
        long levels = conference.sessions().stream().map(Session::level).distinct().count();
        assertThat(levels).as("three levels and some without").isEqualTo(4);
    }

    @Test
    void givesNoneOfTheWarningsOfAnImportedSchedule() {
        assertThat(ScheduleChecks.warnings(conference, "generated", id -> 0, id -> "sessions")).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameConferenceAndAnotherSeedAnother() {
        ConferenceGenerator.Shape small = new ConferenceGenerator.Shape(300, 10, 120, 3);
        Schedule a = new ConferenceGenerator().generate(small, 7);
        Schedule b = new ConferenceGenerator().generate(small, 7);
        Schedule c = new ConferenceGenerator().generate(small, 8);
        assertThat(b.sessions()).isEqualTo(a.sessions());
        assertThat(b.speakers()).isEqualTo(a.speakers());
        assertThat(c.sessions()).isNotEqualTo(a.sessions());
    }
}
