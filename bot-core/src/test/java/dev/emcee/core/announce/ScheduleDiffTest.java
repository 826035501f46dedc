package dev.emcee.core.announce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.notice.ScheduleChanged.Kind;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.SessionKind;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ScheduleDiffTest {
    private static final Schedule BEFORE = TestConference.in("America/Los_Angeles")
            .talk("moved", "2018-06-14T11:25", "ll21ab")
            .talk("cancelled", "2018-06-14T13:15", "ll21ab")
            .talk("same", "2018-06-14T14:10", "ll21ab")
            .talk("over", "2018-06-14T09:00", "ll21ab")
            .session("coffee", "2018-06-14T10:30", 20, "ll21ab", SessionKind.BREAK, false)
            .build();
    private static final Schedule AFTER = TestConference.in("America/Los_Angeles")
            .talk("moved", "2018-06-14T15:00", "ll20d")
            .talk("same", "2018-06-14T14:10", "ll21ab")
            .talk("added", "2018-06-14T16:00", "ll21ab")
            .session("coffee", "2018-06-14T10:45", 20, "ll21ab", SessionKind.BREAK, false)
            .build();

    @Test
    void findsMovedCancelledAndAddedSessionsById() {
        ScheduleDiff diff = ScheduleDiff.between(BEFORE, AFTER);

        assertThat(diff.changes()).extracting(c -> c.kind() + " " + c.id())
                .containsExactly("CANCELLED over", "MOVED coffee",
                        "CANCELLED cancelled", "MOVED moved", "ADDED added");
        assertThat(ScheduleDiff.between(AFTER, AFTER).isEmpty()).isTrue();
    }

    @Test
    void theNoticeTellsOnlyWhatPeopleCanStillActOn() {
        var settings = AnnouncementSettings.defaults();
        var planner = new AnnouncementPlanner(settings, new AnnouncementRoutes(Map.of(), Set.of(Platform.CONSOLE)));
        Instant tenAm = Instant.parse("2018-06-14T17:00:00Z");

        ScheduleChanged notice = new ChangeNotices(planner)
                .notice(ScheduleDiff.between(BEFORE, AFTER), BEFORE, AFTER, tenAm).orElseThrow();

        assertThat(notice.changes()).extracting(c -> c.kind() + " " + c.before().id())
                .containsExactly("CANCELLED cancelled", "MOVED moved", "ADDED added");
        var moved = notice.changes().get(1);
        assertThat(moved.before().room()).isEqualTo("LL21 A/B");
        assertThat(moved.after().orElseThrow().room()).isEqualTo("LL20 D");
        assertThat(notice.changes().get(0).after()).isEmpty();
        assertThat(notice.changes().get(2).kind()).isEqualTo(Kind.ADDED);
    }

    @Test
    void noNoticeWhenChangeNoticesAreOff() {
        var settings = new AnnouncementSettings(null, null, null, null, false, null);
        var planner = new AnnouncementPlanner(settings, new AnnouncementRoutes(Map.of(), Set.of(Platform.CONSOLE)));

        assertThat(new ChangeNotices(planner).notice(ScheduleDiff.between(BEFORE, AFTER), BEFORE, AFTER,
                Instant.parse("2018-06-14T17:00:00Z"))).isEmpty();
    }
}
