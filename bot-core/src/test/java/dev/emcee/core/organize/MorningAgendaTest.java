package dev.emcee.core.organize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.announce.TestConference;
import dev.emcee.core.notice.Broadcast;
import dev.emcee.core.schedule.Schedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MorningAgendaTest {
    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    private static final Schedule TWO_DAYS = TestConference.in(ZONE.getId())
            .talk("beta", "2018-06-14T11:25", "ll21ab")
            .talk("alpha", "2018-06-14T09:30", "ll20d")
            .talk("gamma", "2018-06-15T10:00", "ll21ab")
            .build();
    private final MorningAgenda agenda = new MorningAgenda(LocalTime.of(8, 30));

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toInstant();
    }

    @Test
    void eachDayWithSessionsIsDueFromItsSetTimeForHalfAnHour() {
        assertThat(agenda.dueDay(TWO_DAYS, at("2018-06-14T08:29:59"))).isEmpty();
        assertThat(agenda.dueDay(TWO_DAYS, at("2018-06-14T08:30"))).contains(LocalDate.of(2018, 6, 14));
        assertThat(agenda.dueDay(TWO_DAYS, at("2018-06-14T08:59:59"))).contains(LocalDate.of(2018, 6, 14));
        assertThat(agenda.dueDay(TWO_DAYS, at("2018-06-14T09:00"))).isEmpty();
        assertThat(agenda.dueDay(TWO_DAYS, at("2018-06-15T08:45"))).contains(LocalDate.of(2018, 6, 15));
        assertThat(agenda.dueDay(TWO_DAYS, at("2018-06-16T08:45"))).isEmpty(); // no sessions that day
    }

    @Test
    void theAgendaListsTheDaysSessionsInTimeOrder() {
        Broadcast notice = agenda.notice(TWO_DAYS, LocalDate.of(2018, 6, 14), at("2018-06-14T08:30"));
        assertThat(notice.heading()).isEqualTo("Today at Test Conf, Thursday, June 14 (2 sessions)");
        assertThat(notice.text()).isEqualTo("9:30am–10:10am · LL20 D · Talk alpha\n11:25am–12:05pm · LL21 A/B · Talk beta");
    }
}
