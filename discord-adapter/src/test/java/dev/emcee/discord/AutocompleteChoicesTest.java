package dev.emcee.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.schedule.Conference;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.sources.testing.BundledSchedule;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Suggestions for /next room: and /who name:, from the schedule in service. */
class AutocompleteChoicesTest {
    private final CurrentSchedule bundled = new CurrentSchedule(BundledSchedule.load());

    @Test
    void suggestsRoomsAndSpeakersMatchingWhatIsTyped() {
        AutocompleteChoices choices = new AutocompleteChoices(bundled);

        assertThat(choices.choices("room", "a/b")).containsExactly("LL21 A/B");
        assertThat(choices.choices("name", "allen")).containsExactly("Sean Allen");
        assertThat(choices.choices("name", "")).contains("Emily Shea", "Sean Allen");
        assertThat(choices.choices("question", "x")).isEmpty();
    }

    @Test
    void namesStartingWithTheTextComeFirstAndAtMost25AreOffered() {
        List<Room> rooms = IntStream.range(0, 40).mapToObj(i -> new Room(new RoomId("r" + i),
                i == 39 ? "Hall" : "Side hall " + i)).toList();
        CurrentSchedule schedule = new CurrentSchedule(new Schedule(new Conference("C", Optional.empty(),
                Optional.empty(), ZoneId.of("UTC"), List.of(), Optional.empty()), rooms, List.of(), List.of(),
                List.of()));

        List<String> offered = new AutocompleteChoices(schedule).choices("room", "hall");

        assertThat(offered).hasSize(25).startsWith("Hall", "Side hall 0");
    }

    @Test
    void followsAReloadedSchedule() {
        AutocompleteChoices choices = new AutocompleteChoices(bundled);
        Schedule current = bundled.get();
        bundled.replace(new Schedule(current.conference(), List.of(new Room(new RoomId("x"), "Grand Ballroom")),
                current.tracks(), current.speakers(), List.of()));

        assertThat(choices.choices("room", "")).containsExactly("Grand Ballroom");
    }
}
