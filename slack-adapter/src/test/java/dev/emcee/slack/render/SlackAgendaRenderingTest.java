package dev.emcee.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.BookmarkChange;
import dev.emcee.core.answer.PersonalAgenda;
import dev.emcee.core.answer.SessionListing;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.SessionReminder;
import dev.emcee.core.testing.AnswerSamples;
import dev.emcee.slack.SlackSamples;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bookmark buttons on session cards, and the agenda's answers and reminders in Block Kit. */
class SlackAgendaRenderingTest {
    private final SlackAnswerRenderer withButtons = new SlackAnswerRenderer("/emcee", true);
    private final SlackAnswerRenderer withoutButtons = new SlackAnswerRenderer("/emcee", false);

    @Test
    void everyKindRendersWithButtonsOnAndHostileTextStaysText() {
        for (Answer answer : AnswerSamples.answers()) {
            SlackMessage message = withButtons.render(answer);
            String kind = answer.getClass().getSimpleName();
            assertThat(message.blocks()).as(kind).isNotEmpty();
            assertThat(RenderedTexts.tokens(message)).as(kind).allMatch(RenderedTexts::isOurs);
        }
        for (Notice notice : AnswerSamples.notices()) {
            SlackMessage message = new SlackNoticeRenderer(true).render(notice);
            assertThat(RenderedTexts.tokens(message)).as(notice.getClass().getSimpleName())
                    .allMatch(RenderedTexts::isOurs);
        }
    }

    @Test
    void eachSessionCardOfAListingHasItsOwnAddButtonOnlyWhenAgendasAreOn() {
        SessionListing listing = new SessionListing("Today", List.of(SlackSamples.seanAllen(),
                AnswerSamples.card("other", 60)), Optional.empty(), "", SlackSamples.ELEVEN);

        String json = RenderedTexts.json(withButtons.render(listing)).toString();
        assertThat(json).contains("\"value\":\"add:velocity-sj-2018-ds-1125\"", "\"value\":\"add:other\"",
                "\"action_id\":\"emcee_bookmark\"", "☆ Add to my agenda");
        assertThat(RenderedTexts.json(withoutButtons.render(listing)).toString()).doesNotContain("accessory",
                "emcee_bookmark");
    }

    @Test
    void aConfirmationsButtonUndoesIt() {
        var sean = SlackSamples.seanAllen();
        SlackMessage added = withButtons.render(new BookmarkChange(BookmarkChange.Kind.ADDED, sean,
                Optional.of(sean.start().minusSeconds(600)), Duration.ofMinutes(10), SlackSamples.ELEVEN));
        SlackMessage removed = withButtons.render(new BookmarkChange(BookmarkChange.Kind.REMOVED, sean,
                Optional.empty(), Duration.ofMinutes(10), SlackSamples.ELEVEN));

        assertThat(added.text()).isEqualTo("Added to your agenda: Sean Allen: Distributed State, 11:25am PDT, LL21 A/B");
        assertThat(RenderedTexts.json(added).toString()).contains("emcee_bookmark_toggle",
                "remove:velocity-sj-2018-ds-1125", "I'll send you a reminder at 11:15am PDT (10 minutes before).");
        assertThat(RenderedTexts.json(removed).toString()).contains("emcee_bookmark_toggle",
                "add:velocity-sj-2018-ds-1125", "Removed from your agenda").doesNotContain("reminder at");
    }

    @Test
    void anAgendaMarksOverlapsAndOffersRemoval() {
        SlackMessage message = withButtons.render(new PersonalAgenda(List.of(
                new PersonalAgenda.Entry(SlackSamples.seanAllen(), List.of("Other <!here> talk"))),
                Duration.ofMinutes(15), SlackSamples.ELEVEN));

        assertThat(RenderedTexts.joined(message)).contains("Your agenda (1 session, reminders 15 minutes before)",
                ":warning: Overlaps Other &lt;!here&gt; talk");
        assertThat(RenderedTexts.json(message).toString()).contains("remove:velocity-sj-2018-ds-1125");
    }

    @Test
    void aReminderSaysHowSoonAndWhere() {
        var sean = SlackSamples.seanAllen();
        SlackMessage message = new SlackNoticeRenderer().render(new SessionReminder(sean,
                sean.start().minusSeconds(600), Duration.ofMinutes(10)));

        assertThat(message.text()).isEqualTo("Reminder: starting in 10 minutes: Sean Allen: Distributed State, "
                + "11:25am PDT, LL21 A/B");
        assertThat(RenderedTexts.joined(message)).contains("LL21 A/B", "<!date^1529000700^");
    }
}
