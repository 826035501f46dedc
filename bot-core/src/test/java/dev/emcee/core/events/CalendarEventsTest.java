package dev.emcee.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emcee.core.announce.TestConference;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.SessionId;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarEventsTest {
    private final Schedule schedule = TestConference.in("America/Los_Angeles")
            .talk("a", "2018-06-14T11:00", "ll21ab").build();

    @Test
    void anEventNamesTheSessionItsRoomSpeakersTrackAndLink() {
        CalendarEvent event = CalendarEvents.of(schedule.session(new SessionId("a")).orElseThrow(), schedule);

        assertThat(event.name()).isEqualTo("Talk a");
        assertThat(event.location()).isEqualTo("LL21 A/B");
        assertThat(event.end()).isEqualTo(event.start().plus(Duration.ofMinutes(40)));
        assertThat(event.description()).isEqualTo("About a.\nSpeaker: Sean Allen (Wallaroo Labs)\n"
                + "Track: Distributed Systems\nhttps://example.org/a");
    }

    @Test
    void theFingerprintFollowsEveryField() {
        CalendarEvent event = CalendarEvents.of(schedule.session(new SessionId("a")).orElseThrow(), schedule);
        CalendarEvent same = new CalendarEvent(event.session(), event.name(), event.location(), event.start(),
                event.end(), event.description());
        CalendarEvent later = new CalendarEvent(event.session(), event.name(), event.location(),
                event.start().plusSeconds(60), event.end(), event.description());
        CalendarEvent elsewhere = new CalendarEvent(event.session(), event.name(), "LL20 D", event.start(),
                event.end(), event.description());

        assertThat(same.fingerprint()).isEqualTo(event.fingerprint()).hasSize(16).matches("[0-9a-f]+");
        assertThat(later.fingerprint()).isNotEqualTo(event.fingerprint());
        assertThat(elsewhere.fingerprint()).isNotEqualTo(event.fingerprint());
    }

    @Test
    void aWindowBeyondTheCapacityIsRefused() {
        assertThatThrownBy(() -> new EventWindow(100, 101, Duration.ofDays(1), Set.of(), Set.of(), Set.of()))
                .hasMessageContaining("between 1 and 100");
    }
}
