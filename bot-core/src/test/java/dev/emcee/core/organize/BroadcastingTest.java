package dev.emcee.core.organize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.announce.TestConference;
import dev.emcee.core.answer.OrganizerReply;
import dev.emcee.core.notice.Broadcast;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.testing.ChatHarness;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BroadcastingTest {
    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    /** Records what would be posted. */
    private static final class RecordingPoster implements BroadcastPoster {
        final List<Broadcast> posted = new ArrayList<>();
        final List<List<String>> postedToRooms = new ArrayList<>();

        @Override
        public List<String> targets() {
            return List.of("slack:C0DIGEST", "discord:9000");
        }

        @Override
        public List<String> post(String delivery, Broadcast broadcast) {
            posted.add(broadcast);
            return targets();
        }

        /** Only LL21 A/B has a channel, on Slack. */
        @Override
        public List<String> targets(Room room) {
            return room.id().value().equals("ll21ab") ? List.of("slack:C0LL21") : List.of();
        }

        @Override
        public List<String> post(String delivery, Broadcast broadcast, List<Room> rooms) {
            postedToRooms.add(rooms.stream().map(Room::name).toList());
            posted.add(broadcast);
            return rooms.stream().flatMap(r -> targets(r).stream()).toList();
        }
    }

    private final RecordingPoster poster = new RecordingPoster();
    private final BroadcastStore shared = new InMemoryBroadcastStore();
    private final ChatHarness chat = harness();
    private final ChatHarness otherInstance = harness();

    private ChatHarness harness() {
        ChatHarness harness = new ChatHarness(TestConference.in(ZONE.getId())
                .talk("alpha", "2018-06-14T15:40", "ll21ab").build(),
                LocalDateTime.parse("2018-06-14T12:00").atZone(ZONE).toInstant())
                .organizedBy(new Organizers(Map.of(Platform.SLACK, Set.of("U0RG")), Map.of()));
        harness.desk().broadcastThrough(shared, poster);
        return harness;
    }

    @Test
    void anOrganizersAnnouncementIsPreviewedThenPostedOnceWhoeverConfirms() {
        OrganizerReply preview = (OrganizerReply) chat.on(Platform.SLACK).as("U0RG")
                .answer("announce: Lunch is served in the atrium <!channel>");
        assertThat(preview.kind()).isEqualTo(OrganizerReply.Kind.PREVIEW);
        assertThat(preview.lines()).containsExactly("Lunch is served in the atrium <!channel>",
                "to: slack:C0DIGEST, discord:9000");
        assertThat(poster.posted).isEmpty();

        String token = preview.confirmation().orElseThrow();
        assertThat(otherInstance.on(Platform.SLACK).as("U0RG").ask("confirm " + token)).startsWith("Announced.");
        assertThat(chat.ask("confirm " + token)).startsWith("That announcement was already posted");
        assertThat(chat.ask("confirm")).startsWith("There is nothing to confirm."); // the click took it
        assertThat(poster.posted).singleElement()
                .satisfies(b -> assertThat(b.text()).isEqualTo("Lunch is served in the atrium <!channel>"));
    }

    @Test
    void someoneElseIsRefusedAndAStalePreviewIsNotPosted() {
        assertThat(chat.on(Platform.SLACK).as("U0ATTENDEE").ask("announce: free beer"))
                .startsWith("Only the conference's organizers can make announcements.");
        String token = ((OrganizerReply) chat.as("U0RG").answer("announce: free beer")).confirmation().orElseThrow();
        assertThat(chat.as("U0ATTENDEE").ask("confirm " + token)).startsWith("Only the conference's organizers");
        chat.pass(Duration.ofMinutes(16));
        assertThat(chat.as("U0RG").ask("confirm " + token)).startsWith("That announcement was already posted, or "
                + "its preview expired.");
        assertThat(poster.posted).isEmpty();
    }

    @Test
    void anAnnouncementInNamedRoomsGoesToTheirChannelsAndThePreviewSaysWhichRoomHasNone() {
        OrganizerReply preview = (OrganizerReply) chat.on(Platform.SLACK).as("U0RG")
                .answer("announce in ll21 a/b and LL20 D: The next talk starts 10 minutes late");
        assertThat(preview.kind()).isEqualTo(OrganizerReply.Kind.PREVIEW);
        assertThat(preview.headline()).isEqualTo("Post this announcement in LL21 A/B, LL20 D?");
        assertThat(preview.lines()).containsExactly("The next talk starts 10 minutes late", "to: slack:C0LL21",
                "not to LL20 D: no channel is set for it");

        assertThat(otherInstance.on(Platform.SLACK).as("U0RG").ask("confirm " + preview.confirmation().orElseThrow()))
                .startsWith("Announced.").contains("posted to: slack:C0LL21");
        assertThat(poster.postedToRooms).containsExactly(List.of("LL21 A/B", "LL20 D"));
    }

    @Test
    void aRoomWithoutAChannelOrAnUnknownRoomIsSaidAndNothingIsHeld() {
        assertThat(chat.on(Platform.SLACK).as("U0RG").ask("announce in LL20 D: coffee"))
                .startsWith("There is no channel for LL20 D.");
        assertThat(chat.ask("announce in the ballroom: coffee")).startsWith("There is no room \"the ballroom\".")
                .contains("Rooms: LL21 A/B, LL20 D");
        assertThat(chat.ask("confirm")).startsWith("There is nothing to confirm.");
        assertThat(poster.posted).isEmpty();
    }
}
