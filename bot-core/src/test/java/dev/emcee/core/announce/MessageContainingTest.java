package dev.emcee.core.announce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.SessionKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The message carrying an announcement, found from the sessions of its minute alone, is the very message that
 * planning the whole schedule gives (a delivery asks for it once per announcement, so it must not plan everything).
 */
class MessageContainingTest {
    @Test
    void isTheMessageOfTheWholePlan() {
        Random random = new Random(5);
        TestConference conference = TestConference.in("America/Los_Angeles");
        Instant morning = Instant.parse("2018-06-14T16:00:00Z");
        SessionKind[] kinds = {SessionKind.TALK, SessionKind.TALK, SessionKind.BREAK, SessionKind.KEYNOTE};
        for (int i = 0; i < 300; i++) {
            // Starts on a few minutes, some at odd seconds, in two rooms, in and out of the track.
            Instant start = morning.plusSeconds(60L * random.nextInt(12) + (random.nextInt(4) == 0 ? 17 : 0));
            conference.sessionAt("s" + i, start, 30, random.nextBoolean() ? "ll21ab" : "ll20d",
                    kinds[random.nextInt(kinds.length)], random.nextBoolean());
        }
        Schedule schedule = conference.build();
        AnnouncementSettings.PlatformChannels slack = new AnnouncementSettings.PlatformChannels("C-all",
                Map.of("ll21ab", "C-ll21"), Map.of("ds", "C-ds"));
        AnnouncementSettings settings = new AnnouncementSettings(true, List.of(Duration.ofMinutes(5), Duration.ZERO),
                null, null, null, Map.of("slack", slack));
        AnnouncementPlanner planner = new AnnouncementPlanner(settings,
                new AnnouncementRoutes(settings.byPlatform(), Set.of(Platform.SLACK, Platform.CONSOLE)));
        List<PlannedMessage> all = planner.messages(schedule);

        for (AnnouncementKey key : planner.plan(schedule)) {
            Optional<PlannedMessage> expected = all.stream().filter(m -> m.keys().contains(key)).findFirst();
            assertThat(planner.messageContaining(schedule, key)).as("%s", key).isEqualTo(expected).isPresent();
        }
        AnnouncementKey moved = planner.plan(schedule).get(0);
        assertThat(planner.messageContaining(schedule, new AnnouncementKey(moved.session(),
                moved.start().plusSeconds(60), moved.lead(), moved.route()))).isEmpty();
    }
}
