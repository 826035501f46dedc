package dev.emcee.core.announce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.announce.AnnouncementSettings.PlatformChannels;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.SessionKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class AnnouncementPlannerTest {
    private static final Route CONSOLE = new Route(Platform.CONSOLE, "console");
    private static final Route SLACK_DIGEST = new Route(Platform.SLACK, "C-DIGEST");
    private static final Route SLACK_ROOM = new Route(Platform.SLACK, "C-LL21");
    private static final Route SLACK_TRACK = new Route(Platform.SLACK, "C-DS");
    private static final Route DISCORD_DIGEST = new Route(Platform.DISCORD, "999");

    private static AnnouncementPlanner planner(List<Duration> leads, Set<SessionKind> skip, Set<Platform> platforms) {
        Map<String, PlatformChannels> channels = Map.of(
                "slack", new PlatformChannels("C-DIGEST", Map.of("LL21 a/b", "C-LL21"), Map.of("ds", "C-DS")),
                "discord", new PlatformChannels("999", null, null));
        var settings = new AnnouncementSettings(null, leads, null, skip, null, channels);
        return new AnnouncementPlanner(settings, new AnnouncementRoutes(settings.byPlatform(), platforms));
    }

    private static AnnouncementPlanner consoleOnly(List<Duration> leads) {
        return planner(leads, null, Set.of(Platform.CONSOLE));
    }

    private static Instant at(String local, String zone) {
        return LocalDateTime.parse(local).atZone(ZoneId.of(zone)).toInstant();
    }

    @Test
    void announcesFiveMinutesBeforeByDefault() {
        Schedule schedule = TestConference.in("America/Los_Angeles").talk("a", "2018-06-14T11:25", "ll21ab").build();

        List<AnnouncementKey> plan = consoleOnly(null).plan(schedule);

        assertThat(plan).containsExactly(new AnnouncementKey(new SessionId("a"),
                at("2018-06-14T11:25", "America/Los_Angeles"), Duration.ofMinutes(5), CONSOLE));
        assertThat(plan.get(0).fireAt()).isEqualTo(at("2018-06-14T11:20", "America/Los_Angeles"));
    }

    @Test
    void everyLeadIsItsOwnAnnouncementInPostingOrder() {
        Schedule schedule = TestConference.in("America/Los_Angeles")
                .talk("a", "2018-06-14T11:25", "ll21ab").talk("b", "2018-06-14T11:28", "ll20d").build();

        List<AnnouncementKey> plan = consoleOnly(List.of(Duration.ZERO, Duration.ofMinutes(5))).plan(schedule);

        assertThat(plan).extracting(k -> k.session().value() + "@" + DurationText.format(k.lead()))
                .containsExactly("a@5m", "b@5m", "a@0m", "b@0m");
    }

    @Test
    void routesToDigestsRoomAndTrackChannelsOfActivePlatformsOnly() {
        Schedule schedule = TestConference.in("America/Los_Angeles")
                .talk("a", "2018-06-14T11:25", "ll21ab")
                .session("b", "2018-06-14T13:00", 40, "ll20d", SessionKind.TALK, false)
                .build();
        AnnouncementPlanner planner = planner(null, null, Set.of(Platform.SLACK, Platform.DISCORD));

        assertThat(planner.routes().routesFor(schedule.session(new SessionId("a")).orElseThrow(), schedule))
                .containsExactly(DISCORD_DIGEST, SLACK_DIGEST, SLACK_TRACK, SLACK_ROOM);
        assertThat(planner.routes().routesFor(schedule.session(new SessionId("b")).orElseThrow(), schedule))
                .containsExactly(DISCORD_DIGEST, SLACK_DIGEST);
        assertThat(planner(null, null, Set.of(Platform.DISCORD)).plan(schedule)).extracting(AnnouncementKey::route)
                .containsOnly(DISCORD_DIGEST);
    }

    @Test
    void aChannelNamedTwiceGetsTheAnnouncementOnce() {
        var channels = Map.of("slack", new PlatformChannels("C1", Map.of("ll21ab", "C1"), Map.of("ds", "C1")));
        var settings = new AnnouncementSettings(null, null, null, null, null, channels);
        var planner = new AnnouncementPlanner(settings, new AnnouncementRoutes(settings.byPlatform(), Set.of(Platform.SLACK)));

        Schedule schedule = TestConference.in("UTC").talk("a", "2018-06-14T11:25", "ll21ab").build();

        assertThat(planner.plan(schedule)).extracting(AnnouncementKey::route).containsExactly(new Route(Platform.SLACK, "C1"));
    }

    @Test
    void sessionsStartingInTheSameMinuteShareOneDigestMessage() {
        Schedule schedule = TestConference.in("America/Los_Angeles")
                .talk("a", "2018-06-14T11:25", "ll21ab")
                .talk("b", "2018-06-14T11:25:30", "ll20d")
                .talk("c", "2018-06-14T11:26", "ll20d")
                .build();

        List<PlannedMessage> messages = planner(null, null, Set.of(Platform.SLACK)).messages(schedule);

        PlannedMessage digest = messages.stream().filter(m -> m.route().equals(SLACK_DIGEST)).findFirst().orElseThrow();
        assertThat(digest.sessions()).extracting(s -> s.id().value()).containsExactly("a", "b");
        assertThat(digest.fireAt()).isEqualTo(at("2018-06-14T11:20", "America/Los_Angeles"));
        assertThat(messages).filteredOn(m -> m.route().equals(SLACK_DIGEST))
                .extracting(m -> m.sessions().size()).containsExactly(2, 1);
        assertThat(messages).filteredOn(m -> m.route().equals(SLACK_ROOM))
                .extracting(m -> m.sessions().get(0).id().value()).containsExactly("a");
    }

    @Test
    void theMessageContainingAKeyFollowsTheCurrentSchedule() {
        Schedule before = TestConference.in("UTC")
                .talk("a", "2018-06-14T11:25", "ll21ab").talk("b", "2018-06-14T11:25", "ll20d").build();
        Schedule moved = TestConference.in("UTC")
                .talk("a", "2018-06-14T15:00", "ll21ab").talk("b", "2018-06-14T11:25", "ll20d").build();
        AnnouncementPlanner planner = consoleOnly(null);
        AnnouncementKey keyOfA = planner.plan(before).get(0);

        assertThat(planner.messageContaining(before, keyOfA).orElseThrow().sessions()).hasSize(2);
        assertThat(planner.messageContaining(moved, keyOfA)).isEmpty();
        assertThat(planner.messageContaining(before,
                new AnnouncementKey(keyOfA.session(), keyOfA.start(), Duration.ofMinutes(10), CONSOLE))).isEmpty();
    }

    @Test
    void skipsBreaksMealsAndServiceByDefaultAndFollowsTheSetting() {
        Schedule schedule = TestConference.in("UTC")
                .talk("talk", "2018-06-14T11:00", "ll21ab")
                .session("coffee", "2018-06-14T11:40", 20, "ll21ab", SessionKind.BREAK, false)
                .session("lunch", "2018-06-14T12:00", 60, "ll21ab", SessionKind.MEAL, false)
                .session("registration", "2018-06-14T08:00", 60, "ll21ab", SessionKind.SERVICE, false)
                .session("keynote", "2018-06-14T09:00", 60, "ll21ab", SessionKind.KEYNOTE, false)
                .build();

        assertThat(consoleOnly(null).plan(schedule)).extracting(k -> k.session().value())
                .containsExactly("keynote", "talk");
        assertThat(planner(null, Set.of(SessionKind.KEYNOTE), Set.of(Platform.CONSOLE)).plan(schedule))
                .extracting(k -> k.session().value())
                .containsExactly("registration", "talk", "coffee", "lunch");
    }

    @Test
    void leadsAreExactAcrossTheSpringForwardGap() {
        // 2018-03-11 in Los Angeles: 02:00 PST jumps to 03:00 PDT. Five minutes before 03:02 PDT is 01:57 PST.
        Schedule schedule = TestConference.in("America/Los_Angeles").talk("a", "2018-03-11T03:02", "ll21ab").build();

        AnnouncementKey key = consoleOnly(null).plan(schedule).get(0);

        assertThat(key.fireAt()).isEqualTo(Instant.parse("2018-03-11T09:57:00Z"));
        assertThat(key.fireAt().atZone(ZoneId.of("America/Los_Angeles")).toLocalTime()).hasToString("01:57");
    }

    @Test
    void theRepeatedHourOfAFallBackDayIsTwoDifferentMinutes() {
        // 2018-11-04 in Los Angeles: 01:30 happens twice, at 08:30Z (PDT) and 09:30Z (PST).
        Schedule schedule = TestConference.in("America/Los_Angeles")
                .sessionAt("first", Instant.parse("2018-11-04T08:30:00Z"), 40, "ll21ab", SessionKind.TALK, false)
                .sessionAt("second", Instant.parse("2018-11-04T09:30:00Z"), 40, "ll20d", SessionKind.TALK, false)
                .build();

        List<PlannedMessage> messages = consoleOnly(null).messages(schedule);

        assertThat(messages).extracting(PlannedMessage::fireAt)
                .containsExactly(Instant.parse("2018-11-04T08:25:00Z"), Instant.parse("2018-11-04T09:25:00Z"));
        assertThat(messages).allSatisfy(m -> assertThat(m.sessions()).hasSize(1));
    }

    @Test
    void aSessionJustAfterMidnightIsAnnouncedTheEveningBefore() {
        Schedule schedule = TestConference.in("America/Los_Angeles")
                .talk("late", "2018-06-14T23:58", "ll21ab")
                .talk("night", "2018-06-15T00:02", "ll20d")
                .build();

        List<PlannedMessage> messages = consoleOnly(null).messages(schedule);

        assertThat(messages).extracting(m -> m.fireAt().atZone(ZoneId.of("America/Los_Angeles")).toLocalDateTime())
                .containsExactly(LocalDateTime.parse("2018-06-14T23:53"), LocalDateTime.parse("2018-06-14T23:57"));
    }

    @Test
    void aConferenceFarFromTheServersZoneIsPlannedInItsOwnTime() {
        TimeZone serverZone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati")); // UTC+14, the server
            Schedule schedule = TestConference.in("Pacific/Pago_Pago") // UTC-11, the conference
                    .talk("a", "2018-06-14T09:00", "ll21ab").build();

            AnnouncementKey key = consoleOnly(null).plan(schedule).get(0);

            assertThat(key.fireAt()).isEqualTo(Instant.parse("2018-06-14T19:55:00Z"));
        } finally {
            TimeZone.setDefault(serverZone);
        }
    }

    @Test
    void plansNothingWhenAnnouncementsAreOff() {
        var settings = new AnnouncementSettings(false, null, null, null, null, null);
        var planner = new AnnouncementPlanner(settings, new AnnouncementRoutes(Map.of(), Set.of(Platform.CONSOLE)));
        Schedule schedule = TestConference.in("UTC").talk("a", "2018-06-14T11:25", "ll21ab").build();

        assertThat(planner.plan(schedule)).isEmpty();
        Session session = schedule.sessions().get(0);
        assertThat(planner.announces(session)).isFalse();
    }
}
