package dev.emcee.core.organize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.announce.TestConference;
import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.Schedule;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class OrganizerCommandsTest {
    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    private final Schedule schedule = TestConference.in(ZONE.getId())
            .talk("alpha", "2018-06-14T15:40", "ll21ab")
            .talk("beta", "2018-06-14T11:25", "ll21ab")
            .build();
    private final OrganizerCommands commands = new OrganizerCommands(schedule);

    private SessionChange change(String typed) {
        return ((OrganizerCommand.Change) commands.recognize(typed).orElseThrow()).change();
    }

    @Test
    void aMoveToATimeKeepsTheRoomAndTheLength() {
        SessionChange change = change("move the alpha talk to 4:00pm");
        assertThat(change.kind()).isEqualTo(SessionChange.Kind.MOVE);
        assertThat(change.session().value()).isEqualTo("alpha");
        assertThat(change.start()).isEqualTo(LocalDateTime.parse("2018-06-14T16:00").atZone(ZONE).toInstant());
        assertThat(change.end()).isEqualTo(LocalDateTime.parse("2018-06-14T16:40").atZone(ZONE).toInstant());
        assertThat(change.room()).isEqualTo(new RoomId("ll21ab"));
    }

    @Test
    void aMoveToARoomAndATimeChangesBoth() {
        SessionChange change = change("Move Talk alpha to LL20 D at 16:30");
        assertThat(change.room()).isEqualTo(new RoomId("ll20d"));
        assertThat(change.start()).isEqualTo(LocalDateTime.parse("2018-06-14T16:30").atZone(ZONE).toInstant());
        assertThat(change("move talk beta to ll20d").start()).isEqualTo(schedule.sessions().get(0).start());
    }

    @Test
    void aDelayAndACancellation() {
        SessionChange delay = change("delay talk alpha by 10 minutes");
        assertThat(delay.kind()).isEqualTo(SessionChange.Kind.DELAY);
        assertThat(delay.start()).isEqualTo(LocalDateTime.parse("2018-06-14T15:50").atZone(ZONE).toInstant());
        assertThat(change("cancel talk beta").kind()).isEqualTo(SessionChange.Kind.CANCEL);
    }

    @Test
    void undoConfirmListAndAnnounce() {
        assertThat(commands.recognize("undo")).contains(new OrganizerCommand.Undo(OptionalLong.empty()));
        assertThat(commands.recognize("undo #3")).contains(new OrganizerCommand.Undo(OptionalLong.of(3)));
        assertThat(commands.recognize("confirm")).contains(new OrganizerCommand.Confirm());
        assertThat(commands.recognize("overrides")).contains(new OrganizerCommand.ListOverrides());
        assertThat(commands.recognize("announce: Lunch is served in the Atrium!"))
                .contains(new OrganizerCommand.Announce("Lunch is served in the Atrium!"));
    }

    @Test
    void unknownSessionsAndUnreadableTargetsAreSaidSo() {
        assertThat(commands.recognize("move the zeta talk to 4pm").orElseThrow())
                .isInstanceOf(OrganizerCommand.Unclear.class);
        OrganizerCommand.Unclear target = (OrganizerCommand.Unclear) commands.recognize("move talk alpha to mars")
                .orElseThrow();
        assertThat(target.problem()).contains("no room \"mars\"");
    }

    @Test
    void questionsAreNotCommands() {
        assertThat(commands.recognize("what's next")).isEmpty();
        assertThat(commands.recognize("who is Sean Allen")).isEmpty();
        assertThat(commands.recognize("announcements")).isEmpty();
        assertThat(commands.recognize("what's on at 4pm")).isEmpty();
        assertThat(commands.recognize("cancel my reminder for talk alpha")).isEmpty();
        assertThat(commands.recognize("move talk alpha to my agenda")).isEmpty();
    }
}
