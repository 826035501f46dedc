package dev.emcee.discord;

import static dev.emcee.discord.fake.Payloads.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emcee.core.events.CalendarEvent;
import dev.emcee.core.events.EventCalendar;
import dev.emcee.core.events.EventCalendar.Listing;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.discord.fake.Payloads;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The server's Scheduled Events through the real JDA and the fake Discord. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordEventsTest {
    /** Discord takes only future starts (by the real clock, which JDA checks too). */
    private static final Instant START = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);

    private DiscordTestRig rig;
    private EventCalendar events;

    @BeforeEach
    void connect() throws Exception {
        rig = new DiscordTestRig();
        rig.discord.grantManageEvents();
        events = rig.connect().events(GUILD_ID);
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    private static CalendarEvent talk(String id, Instant start, String room) {
        return new CalendarEvent(new SessionId(id), "Kyle Kingsbury on Jepsen", room, start,
                start.plus(Duration.ofMinutes(40)), "Speaker: Kyle Kingsbury\nhttps://example.org/talk_" + id);
    }

    private static <T> T answer(java.util.concurrent.CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    @Test
    void anEventIsCreatedExternalAtItsRoomAndListedAsEmceesWithItsSessionAndFingerprint() throws Exception {
        CalendarEvent event = talk("1125", START, "LL21 A/B");

        String id = answer(events.create(event));

        DataObject held = rig.discord.scheduledEvents().get(0);
        assertThat(held.getString("id")).isEqualTo(id);
        assertThat(held.getInt("entity_type")).as("external").isEqualTo(3);
        assertThat(held.getObject("entity_metadata").getString("location")).isEqualTo("LL21 A/B");
        assertThat(held.getString("name")).isEqualTo("Kyle Kingsbury on Jepsen");
        assertThat(Instant.parse(held.getString("scheduled_start_time").replace("+00:00", "Z"))).isEqualTo(START);
        assertThat(held.getString("description")).startsWith("Speaker: Kyle Kingsbury\n")
                .contains("\nhttps://example.org/talk_1125\n").as("a link line is not escaped")
                .endsWith("\n\nEmcee · 1125 · " + event.fingerprint());
        assertThat(events.place()).isEqualTo("discord guild " + GUILD_ID);
        Listing listing = answer(events.list());
        assertThat(listing.ours()).containsExactly(new EventCalendar.Listed(id, new SessionId("1125"),
                event.fingerprint()));
        assertThat(listing.others()).isZero();
    }

    @Test
    void anUpdateMovesTheEventAndItsFingerprintEvenPastItsOldEnd() throws Exception {
        String id = answer(events.create(talk("1125", START, "LL21 A/B")));
        CalendarEvent moved = talk("1125", START.plus(Duration.ofHours(3)), "LL20 D");

        answer(events.update(id, moved));

        DataObject held = rig.discord.scheduledEvents().get(0);
        assertThat(held.getObject("entity_metadata").getString("location")).isEqualTo("LL20 D");
        assertThat(answer(events.list()).ours()).singleElement()
                .satisfies(l -> assertThat(l.fingerprint()).isEqualTo(moved.fingerprint()));
        assertThat(rig.discord.scheduledEventRequests("PATCH")).hasSize(1);
    }

    @Test
    void aDeleteRemovesTheEventAndDeletingAgainIsDone() throws Exception {
        String id = answer(events.create(talk("1125", START, "LL21 A/B")));

        answer(events.delete(id));
        answer(events.delete(id));

        assertThat(rig.discord.scheduledEvents()).isEmpty();
        assertThat(answer(events.list()).ours()).isEmpty();
    }

    @Test
    void othersEventsAndEmceesUnmarkedOnesAreCountedNeverTaken() throws Exception {
        rig.discord.seedScheduledEvent(Payloads.USER_ID, "Community meetup", "Emcee · 1125 · 0123456789abcdef",
                START);
        rig.discord.seedScheduledEvent(Payloads.BOT_ID, "Made by hand through the bot", "no mark", START);

        Listing listing = answer(events.list());

        assertThat(listing.ours()).as("a mark in someone else's event is not Emcee's").isEmpty();
        assertThat(listing.others()).isEqualTo(2);
    }

    @Test
    void longTextsAreCutToDiscordsLimitsAndTheMarkSurvives() throws Exception {
        CalendarEvent event = new CalendarEvent(new SessionId("long-1"), "N".repeat(150), "R".repeat(130), START,
                START.plus(Duration.ofMinutes(30)), "@everyone " + "d".repeat(1500));

        answer(events.create(event));

        DataObject held = rig.discord.scheduledEvents().get(0);
        assertThat(held.getString("name")).hasSize(100).endsWith("…");
        assertThat(held.getObject("entity_metadata").getString("location")).hasSize(100);
        assertThat(held.getString("description")).hasSizeLessThanOrEqualTo(1000).startsWith("\\@everyone")
                .endsWith("Emcee · long-1 · " + event.fingerprint());
        assertThat(answer(events.list()).ours()).singleElement()
                .satisfies(l -> assertThat(l.fingerprint()).isEqualTo(event.fingerprint()));
    }

    @Test
    void refusalsSayWhatToDo() {
        rig.discord.refuseScheduledEventChanges(403);

        assertThatThrownBy(() -> answer(events.create(talk("1125", START, "LL21 A/B"))))
                .isInstanceOf(ExecutionException.class)
                .hasMessageContaining("Missing Permissions (Discord error 50013)")
                .hasMessageContaining("Manage Events").hasMessageContaining("./emcee discord-invite");
        assertThatThrownBy(() -> answer(rig.connect().events("999999999999999999").list()))
                .hasMessageContaining("Emcee is not in the Discord server 999999999999999999 (discord.guild-id)");
        assertThatThrownBy(() -> answer(events.create(talk("past", Instant.now().minusSeconds(60), "LL21 A/B"))))
                .hasMessageContaining("Cannot schedule event in the past");
    }

    @Test
    void theHundredthEventIsDiscordsLimit() throws Exception {
        for (int i = 0; i < 100; i++) {
            rig.discord.seedScheduledEvent(Payloads.USER_ID, "Other " + i, "", START);
        }

        assertThatThrownBy(() -> answer(events.create(talk("1125", START, "LL21 A/B"))))
                .hasMessageContaining("(Discord error 30038)").hasMessageContaining("discord.scheduled-events.limit");
        assertThat(answer(events.list()).others()).isEqualTo(100);
    }
}
