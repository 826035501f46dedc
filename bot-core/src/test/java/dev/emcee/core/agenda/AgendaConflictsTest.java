package dev.emcee.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.PersonalAgenda;
import dev.emcee.core.announce.TestConference;
import dev.emcee.core.testing.ChatHarness;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Overlapping bookmarks are marked on both sides; touching ones are not. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AgendaConflictsTest {
    @Test
    void overlappingBookmarksAreMarkedEachWithTheOther() {
        ChatHarness chat = new ChatHarness(TestConference.in("America/Los_Angeles")
                .talk("alpha", "2018-06-14T10:00", "ll21ab")    // 10:00-10:40
                .talk("beta", "2018-06-14T10:20", "ll20d")      // 10:20-11:00, overlaps alpha
                .talk("gamma", "2018-06-14T10:40", "ll21ab")    // 10:40-11:20, overlaps beta, touches alpha
                .talk("delta", "2018-06-14T12:00", "ll20d")
                .build(), LocalDateTime.parse("2018-06-14T09:00").atZone(ZoneId.of("America/Los_Angeles")).toInstant());
        for (String id : new String[] {"delta", "gamma", "beta", "alpha"}) {
            chat.ask("bookmark talk " + id);
        }

        PersonalAgenda agenda = (PersonalAgenda) chat.answer("my agenda");

        assertThat(agenda.entries()).extracting(e -> e.session().label())
                .containsExactly("Talk alpha", "Talk beta", "Talk gamma", "Talk delta");
        assertThat(agenda.entries()).extracting(PersonalAgenda.Entry::conflicts).containsExactly(
                java.util.List.of("Talk beta"), java.util.List.of("Talk alpha", "Talk gamma"),
                java.util.List.of("Talk beta"), java.util.List.of());
        assertThat(chat.ask("my agenda")).contains("⚠ Overlaps Talk alpha; Talk gamma");
    }
}
