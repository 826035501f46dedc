package dev.emcee.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.announce.ScheduleDiff;
import dev.emcee.core.announce.TestConference;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which reminders bookmarks call for, per person's lead, and who hears about a reload. */
class ReminderPlanTest {
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final AgendaUser ALICE = new AgendaUser(Platform.SLACK, "U0ALICE");
    private static final AgendaUser BOB = new AgendaUser(Platform.DISCORD, "400000000000000004");

    private static Instant at(String local) {
        return LocalDateTime.parse("2018-06-14T" + local).atZone(LA).toInstant();
    }

    private static Schedule schedule(String betaStart, String betaRoom) {
        TestConference c = TestConference.in(LA.getId()).talk("alpha", "2018-06-14T10:00", "ll21ab");
        if (betaStart != null) {
            c.talk("beta", "2018-06-14T" + betaStart, betaRoom);
        }
        return c.build();
    }

    @Test
    void eachBookmarkIsRemindedAtItsOwnersLead() {
        ReminderPlan plan = new ReminderPlan(AgendaSettings.defaults());
        List<Bookmark> bookmarks = List.of(
                new Bookmark(ALICE, new SessionId("beta"), Optional.of(Duration.ofMinutes(15))),
                new Bookmark(BOB, new SessionId("beta"), Optional.empty()),
                new Bookmark(BOB, new SessionId("alpha"), Optional.empty()),
                new Bookmark(BOB, new SessionId("gone"), Optional.empty()));

        List<ReminderKey> due = plan.due(bookmarks, schedule("11:00", "ll21ab"), at("09:00"));

        assertThat(due).extracting(ReminderKey::user, ReminderKey::fireAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BOB, at("09:50")),
                org.assertj.core.groups.Tuple.tuple(ALICE, at("10:45")),
                org.assertj.core.groups.Tuple.tuple(BOB, at("10:50")));
    }

    @Test
    void aReminderPastItsGraceWindowOrItsStartIsNoLongerPossible() {
        ReminderPlan plan = new ReminderPlan(AgendaSettings.defaults());
        Schedule s = schedule(null, null);
        ReminderKey key = new ReminderKey(ALICE, new SessionId("alpha"), at("10:00"), Duration.ofMinutes(10));

        assertThat(plan.stillPossible(key, s, at("09:51"))).isTrue();
        assertThat(plan.stillPossible(key, s, at("09:52"))).isTrue();
        assertThat(plan.stillPossible(key, s, at("09:52:01"))).isFalse();
        ReminderKey atStart = new ReminderKey(ALICE, new SessionId("alpha"), at("10:00"), Duration.ZERO);
        assertThat(plan.stillPossible(atStart, s, at("10:00:59"))).isTrue();
        assertThat(plan.stillPossible(atStart, s, at("10:01"))).isFalse();
    }

    @Test
    void onlyThePeopleWhoBookmarkedAMovedOrCancelledSessionHearOfIt() {
        Schedule before = schedule("11:00", "ll21ab");
        Schedule after = TestConference.in(LA.getId()).talk("beta", "2018-06-14T12:00", "ll20d")
                .talk("new", "2018-06-14T13:00", "ll20d").build();
        List<Bookmark> bookmarks = List.of(
                new Bookmark(ALICE, new SessionId("beta"), Optional.empty()),
                new Bookmark(BOB, new SessionId("alpha"), Optional.empty()),
                new Bookmark(BOB, new SessionId("beta"), Optional.empty()));

        Map<AgendaUser, List<ScheduleDiff.SessionChange>> changes = BookmarkedChanges.of(
                ScheduleDiff.between(before, after), bookmarks, at("09:00"));

        assertThat(changes.get(ALICE)).extracting(ScheduleDiff.SessionChange::kind)
                .containsExactly(ScheduleChanged.Kind.MOVED);
        assertThat(changes.get(BOB)).extracting(c -> c.id().value()).containsExactlyInAnyOrder("alpha", "beta");
        ScheduleChanged notice = BookmarkedChanges.notice(changes.get(ALICE), before, after);
        assertThat(notice.changes().get(0).after().orElseThrow().room()).isEqualTo("LL20 D");
        // At 10:50 alpha (cancelled) has ended: only beta's move is news.
        assertThat(BookmarkedChanges.of(ScheduleDiff.between(before, after), bookmarks, at("10:50")).get(BOB))
                .extracting(c -> c.id().value()).containsExactly("beta");
    }
}
