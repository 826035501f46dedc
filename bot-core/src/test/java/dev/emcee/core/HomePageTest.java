package dev.emcee.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.HelpAnswer;
import dev.emcee.core.answer.OnNow;
import dev.emcee.core.answer.PersonalAgenda;
import dev.emcee.core.answer.UpNext;
import dev.emcee.core.announce.TestConference;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.testing.ChatHarness;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A person's home page: what's on now and next, their own agenda and help, as the questions would answer them, not
 * counted against their rate limit; its pages are refreshed after the schedule changes.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HomePageTest {
    private final ChatHarness chat = new ChatHarness(TestConference.in("America/Los_Angeles")
            .talk("alpha", "2018-06-14T10:00", "ll21ab")
            .talk("beta", "2018-06-14T11:00", "ll21ab")
            .build(), LocalDateTime.parse("2018-06-14T10:10").atZone(ZoneId.of("America/Los_Angeles")).toInstant(),
            new AnsweringOptions(2, 1_000)).on(Platform.SLACK).as("U0ALICE");

    @Test
    void theHomeShowsNowNextTheOwnersAgendaAndHelpWithoutUsingTheirQuestions() {
        chat.ask("bookmark talk beta"); // the first of the two questions a minute allows

        HomePage home = chat.emcee().home(Platform.SLACK, "U0ALICE");
        HomePage bobs = chat.emcee().home(Platform.SLACK, "U0BOB");

        assertThat(home.onNow()).isInstanceOfSatisfying(OnNow.class,
                now -> assertThat(now.running()).extracting(card -> card.label()).containsExactly("Talk alpha"));
        assertThat(home.upNext()).isInstanceOf(UpNext.class);
        assertThat(home.agenda()).get().isInstanceOfSatisfying(PersonalAgenda.class, agenda -> assertThat(
                agenda.entries()).extracting(e -> e.session().label()).containsExactly("Talk beta"));
        assertThat(home.help()).isInstanceOfSatisfying(HelpAnswer.class,
                help -> assertThat(help.examples()).contains("my agenda"));
        assertThat(bobs.agenda()).get().isInstanceOfSatisfying(PersonalAgenda.class,
                agenda -> assertThat(agenda.entries()).isEmpty());
        assertThat(chat.ask("my agenda")).as("the home pages used none of her questions").contains("Talk beta");
    }

    @Test
    void pagesAreToldOfEveryScheduleChangeAfterEmceeFollowedIt() {
        AtomicInteger refreshes = new AtomicInteger();
        chat.emcee().whenScheduleChanges(() -> {
            refreshes.incrementAndGet();
            assertThat(chat.emcee().home(Platform.SLACK, "U0ALICE").onNow()).isInstanceOfSatisfying(OnNow.class,
                    now -> assertThat(now.running()).isEmpty());
        });

        chat.schedule().replace(TestConference.in("America/Los_Angeles").talk("beta", "2018-06-14T11:00", "ll21ab")
                .build());

        assertThat(refreshes).hasValue(1);
    }
}
