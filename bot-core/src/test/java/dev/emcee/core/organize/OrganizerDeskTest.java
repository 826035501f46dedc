package dev.emcee.core.organize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.Inquiry;
import dev.emcee.core.announce.TestConference;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.OrganizerReply;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.testing.ChatHarness;
import dev.emcee.core.testing.LogCapture;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganizerDeskTest {
    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    private static final Organizers ORGANIZERS = new Organizers(Map.of(Platform.SLACK, Set.of("U0RG")),
            Map.of(Platform.DISCORD, Set.of("role-staff")));

    private final ChatHarness chat = new ChatHarness(TestConference.in(ZONE.getId())
            .talk("alpha", "2018-06-14T15:40", "ll21ab")
            .talk("beta", "2018-06-14T11:25", "ll21ab")
            .build(), LocalDateTime.parse("2018-06-14T15:00").atZone(ZONE).toInstant()).organizedBy(ORGANIZERS);

    @Test
    void theConsoleOperatorMovesASessionAfterConfirmingAndUndoesIt() {
        String preview = chat.ask("move talk alpha to 4:00pm");
        assertThat(preview).startsWith("Move this session?").contains("was: Thu Jun 14, 3:40pm–4:20pm PDT · LL21 A/B")
                .contains("now: Thu Jun 14, 4pm–4:40pm PDT · LL21 A/B").contains("Say \"confirm\"");
        assertThat(chat.ask("what's next")).contains("3:40"); // nothing changes before the confirmation
        assertThat(chat.ask("confirm")).startsWith("Moved.").contains("change #1");
        assertThat(chat.ask("what's next")).contains("4pm–4:40pm").doesNotContain("3:40");
        assertThat(chat.ask("overrides")).contains("#1 move Talk alpha to Thu Jun 14, 4pm–4:40pm PDT · LL21 A/B, "
                + "by console:operator");
        assertThat(chat.ask("undo")).startsWith("Undone: change #1.");
        assertThat(chat.ask("what's next")).contains("3:40pm–4:20pm");
        assertThat(chat.ask("overrides")).contains("undone by console:operator");
        assertThat(chat.ask("confirm")).startsWith("There is nothing to confirm.");
    }

    @Test
    void someoneWhoIsNotAnOrganizerIsRefusedAndLogged() {
        try (LogCapture log = LogCapture.of(OrganizerDesk.class)) {
            String reply = chat.on(Platform.SLACK).as("U0ATTENDEE").ask("cancel talk alpha");
            assertThat(reply).startsWith("Only the conference's organizers can cancel sessions.");
            assertThat(log.messages()).containsExactly("Refused to cancel sessions for slack:U0ATTENDEE: not an "
                    + "organizer");
        }
        assertThat(chat.ask("confirm")).startsWith("Only the conference's organizers");
        assertThat(chat.schedule().get().session(new SessionId("alpha"))).isPresent();
    }

    @Test
    void organizersAreKnownByTheirIdOrTheirGroup() {
        assertThat(chat.on(Platform.SLACK).as("U0RG").ask("cancel talk beta")).startsWith("Cancel this session?");
        Answer byRole = chat.emcee().answer(new Inquiry(Platform.DISCORD, "777", "cancel talk beta",
                Set.of("role-staff"))).orElseThrow();
        assertThat(((OrganizerReply) byRole).kind()).isEqualTo(OrganizerReply.Kind.PREVIEW);
        Answer withoutRole = chat.emcee().answer(new Inquiry(Platform.DISCORD, "777", "cancel talk beta",
                Set.of("role-other"))).orElseThrow();
        assertThat(((OrganizerReply) withoutRole).kind()).isEqualTo(OrganizerReply.Kind.REFUSED);
    }

    @Test
    void aConfirmButtonCarriesTheChangeToAnyInstanceButOnlyForOrganizers() {
        OrganizerReply preview = (OrganizerReply) chat.on(Platform.SLACK).as("U0RG").answer("delay talk alpha by 15m");
        String token = preview.confirmation().orElseThrow();
        Answer refused = chat.on(Platform.SLACK).as("U0ATTENDEE").answer("confirm " + token);
        assertThat(((OrganizerReply) refused).kind()).isEqualTo(OrganizerReply.Kind.REFUSED);
        Answer done = chat.on(Platform.SLACK).as("U0RG").answer("confirm " + token);
        assertThat(((OrganizerReply) done).headline()).isEqualTo("Delayed.");
        assertThat(chat.schedule().get().session(new SessionId("alpha")).orElseThrow().start())
                .isEqualTo(LocalDateTime.parse("2018-06-14T15:55").atZone(ZONE).toInstant());
        assertThat(chat.ask("confirm")).startsWith("There is nothing to confirm."); // the click took the preview
        assertThat(chat.ask("confirm c1|move|x")).startsWith("That confirmation carries no change");
    }

    @Test
    void aStoreThatCannotBeWrittenChangesNothingAndSaysSo() {
        chat.overlay().keepIn(new OverrideStore() {
            @Override
            public java.util.List<ScheduleOverride> all() {
                return java.util.List.of();
            }

            @Override
            public ScheduleOverride add(SessionChange change, String by, java.time.Instant at) {
                throw new IllegalStateException("Could not keep the change in the database: connection refused");
            }

            @Override
            public boolean undo(long id, String by, java.time.Instant at) {
                throw new IllegalStateException("unused");
            }
        });
        chat.ask("cancel talk beta");
        try (LogCapture log = LogCapture.of(OrganizerDesk.class)) {
            assertThat(chat.ask("confirm")).startsWith("Sorry, I could not do that just now; nothing changed.")
                    .contains("connection refused");
            assertThat(log.problems()).singleElement().asString().startsWith("Could not confirm changes for "
                    + "console:operator");
        }
        assertThat(chat.schedule().get().session(new SessionId("beta"))).isPresent();
    }
}
