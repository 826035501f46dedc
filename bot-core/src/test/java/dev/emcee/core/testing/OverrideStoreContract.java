package dev.emcee.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.organize.OverrideStore;
import dev.emcee.core.organize.ScheduleOverride;
import dev.emcee.core.organize.SessionChange;
import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.SessionId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link OverrideStore} must do; each implementation's test extends it. */
public abstract class OverrideStoreContract {
    private static final Instant AT = Instant.parse("2018-06-14T22:30:00Z");

    /** A store on an empty overlay. */
    protected abstract OverrideStore store();

    private static SessionChange move(String session, String start) {
        Instant s = Instant.parse(start);
        return new SessionChange(new SessionId(session), SessionChange.Kind.MOVE, s, s.plusSeconds(2400),
                new RoomId("ll21ab"));
    }

    @Test
    void entriesComeBackInTheOrderTheyWereMadeWithWhoAndWhen() {
        OverrideStore store = store();
        ScheduleOverride first = store.add(move("kyle", "2018-06-14T23:00:00Z"), "console:operator", AT);
        ScheduleOverride second = store.add(new SessionChange(new SessionId("sean"), SessionChange.Kind.CANCEL,
                Instant.parse("2018-06-14T18:25:00Z"), Instant.parse("2018-06-14T19:05:00Z"), new RoomId("ll21ab")),
                "slack:U1", AT.plusSeconds(60));

        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(store.all()).containsExactly(first, second);
        assertThat(first.change()).isEqualTo(move("kyle", "2018-06-14T23:00:00Z"));
        assertThat(first.madeBy()).isEqualTo("console:operator");
        assertThat(first.madeAt()).isEqualTo(AT);
        assertThat(first.active()).isTrue();
    }

    @Test
    void anUndoneEntryIsKeptButNoLongerActiveAndCannotBeUndoneTwice() {
        OverrideStore store = store();
        ScheduleOverride entry = store.add(move("kyle", "2018-06-14T23:00:00Z"), "console:operator", AT);

        assertThat(store.undo(entry.id(), "discord:42", AT.plusSeconds(5))).isTrue();
        assertThat(store.undo(entry.id(), "discord:42", AT.plusSeconds(6))).isFalse();
        assertThat(store.undo(entry.id() + 100, "discord:42", AT)).isFalse();

        ScheduleOverride undone = store.all().get(0);
        assertThat(undone.active()).isFalse();
        assertThat(undone.undoneBy()).isEqualTo(Optional.of("discord:42"));
        assertThat(undone.undoneAt()).contains(AT.plusSeconds(5));
    }
}
