package dev.emcee.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.BookmarkChange;
import dev.emcee.core.answer.Clarification;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.PersonalAgenda;
import dev.emcee.core.answer.SessionListing;
import dev.emcee.core.question.Question;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.core.testing.ChatHarness;
import dev.emcee.sources.testing.BundledSchedule;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bookmark phrasings on the bundled conference resolve to the right session, or ask which, or say why not. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AgendaPhrasingTest {
    /** The demo's label for Kyle Kingsbury's untitled session: speaker and topic. */
    private static final String KYLE_TALK = "Kyle Kingsbury on Resilient, Performant & Secure Distributed Systems";
    private static final String KYLE = "velocity-sj-2018-ds-1540";
    private static final String NETFLIX = "velocity-sj-2018-ds-1315";

    private final ChatHarness chat = BundledSchedule.chatAt("2018-06-14T15:20");

    @ParameterizedTest
    @ValueSource(strings = {"remind me about Kyle Kingsbury's talk", "Remind me about Kyle Kingsbury's talk, please!",
        "bookmark kyle kingsbury", "add Kingsbury to my agenda", "bookmark Kyle Kingsbry's talk",
        "remind me about the 3:40 talk", "save the 3:40pm session", "put the Jepsen talk on my schedule",
        "hey emcee, could you remind me about kyle's talk?"})
    void kyleKingsburysSessionIsTheOneAt340(String phrasing) {
        BookmarkChange added = (BookmarkChange) chat.answer(phrasing);

        assertThat(added.kind()).isEqualTo(BookmarkChange.Kind.ADDED);
        assertThat(added.session().id()).isEqualTo(KYLE);
        assertThat(added.remindAt()).contains(BundledConference.at("2018-06-14T15:30"));
    }

    @Test
    void theConfirmationNamesTheSessionItsTimeAndTheReminder() {
        assertThat(chat.ask("remind me about Kyle Kingsbury's talk")).startsWith("Added to your agenda:\n")
                .contains(KYLE_TALK, "3:40pm–4:20pm PDT", "LL21 A/B",
                        "I'll send you a reminder at 3:30pm PDT (10 minutes before).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bookmark the Netflix talk", "add the netflix session to my agenda",
        "remind me about the distributed authorization talk", "bookmark Manish Mehta's talk", "save torin sandall"})
    void theNetflixTalkIsTheOneAt115(String phrasing) {
        BookmarkChange added = (BookmarkChange) chat.at("2018-06-14T11:00").answer(phrasing);

        assertThat(added.session().id()).isEqualTo(NETFLIX);
    }

    @Test
    void aNameThatMatchesNothingGetsAHelpfulReply() {
        Answer answer = chat.answer("add Tesser to my agenda");

        assertThat(answer).isInstanceOf(NoMatch.class);
        assertThat(((NoMatch) answer).message()).contains("\"tesser\"", "to add to your agenda");
        assertThat(((NoMatch) answer).suggestions()).contains("my agenda");
        assertThat(chat.ask("bookmark it")).contains("I couldn't find a session matching");
    }

    @Test
    void severalMatchingSessionsAskWhich() {
        Answer answer = chat.answer("bookmark the intermediate talk");

        assertThat(answer).isInstanceOf(Clarification.class);
        assertThat(((Clarification) answer).candidates()).hasSize(3)
                .anySatisfy(c -> assertThat(c).startsWith("The distributed authorization system"))
                .anySatisfy(c -> assertThat(c).startsWith("Christian Grabowski on").contains("2:10pm"))
                .anySatisfy(c -> assertThat(c).startsWith("Kyle Kingsbury on").contains("3:40pm"));
        assertThat(((BookmarkChange) chat.answer("bookmark the 2:10 talk")).session().id())
                .isEqualTo("velocity-sj-2018-ds-1410");
    }

    @Test
    void aCandidateAsShownCanBeSaidBack() {
        Clarification which = (Clarification) chat.answer("bookmark the intermediate talk");
        String candidate = which.candidates().get(1);

        BookmarkChange added = (BookmarkChange) chat.answer("bookmark " + candidate);

        assertThat(added.kind()).isEqualTo(BookmarkChange.Kind.ADDED);
        assertThat(candidate).startsWith(added.session().label());
    }

    @Test
    void forgettingASessionRemovesItOnce() {
        chat.ask("bookmark the Netflix talk");

        assertThat(((BookmarkChange) chat.answer("forget the Netflix talk")).kind())
                .isEqualTo(BookmarkChange.Kind.REMOVED);
        assertThat(((BookmarkChange) chat.answer("remove the netflix talk from my agenda")).kind())
                .isEqualTo(BookmarkChange.Kind.NOT_BOOKMARKED);
        assertThat(chat.ask("bookmark the Netflix talk")).startsWith("Added to your agenda");
        assertThat(chat.ask("bookmark the Netflix talk")).startsWith("Already on your agenda");
    }

    @Test
    void myAgendaListsBookmarksInTimeOrder() {
        chat.ask("remind me about Kyle Kingsbury's talk");
        chat.ask("bookmark Sean Allen");
        chat.ask("bookmark the netflix talk");

        PersonalAgenda agenda = (PersonalAgenda) chat.answer("my agenda");

        assertThat(agenda.entries()).extracting(e -> e.session().id()).containsExactly(
                "velocity-sj-2018-ds-1125", NETFLIX, KYLE);
        assertThat(agenda.entries()).allSatisfy(e -> assertThat(e.conflicts()).isEmpty());
        assertThat(chat.ask("my schedule")).startsWith("Your agenda (3 sessions, reminders 10 minutes before):");
        assertThat(chat.answer("what's on the schedule")).isInstanceOf(SessionListing.class);
    }

    @Test
    void anEmptyAgendaSaysHowToAddOne() {
        assertThat(chat.ask("my agenda")).isEqualTo(PersonalAgenda.EMPTY);
    }

    @Test
    void eachPersonHasTheirOwnAgendaAndLead() {
        chat.as("alice").ask("remind me 15 minutes before");
        BookmarkChange alice = (BookmarkChange) chat.as("alice").answer("remind me about Kyle Kingsbury's talk");
        BookmarkChange bob = (BookmarkChange) chat.as("bob").answer("remind me about Kyle Kingsbury's talk");

        assertThat(alice.remindAt()).contains(BundledConference.at("2018-06-14T15:25"));
        assertThat(bob.remindAt()).contains(BundledConference.at("2018-06-14T15:30"));
        assertThat(chat.as("carol").ask("my agenda")).isEqualTo(PersonalAgenda.EMPTY);
        assertThat(chat.as("alice").ask("my agenda")).contains("reminders 15 minutes before");
    }

    @ParameterizedTest
    @ValueSource(strings = {"remind me 15 minutes before", "remind me 15 min before each talk",
        "reminders 15 minutes before", "remind me fifteen minutes before"})
    void leadPhrasings(String phrasing) {
        assertThat(chat.emcee().understand(phrasing)).isEqualTo(new Question.ReminderLead(Duration.ofMinutes(15)));
    }

    @Test
    void otherLeads() {
        assertThat(chat.emcee().understand("remind me an hour before"))
                .isEqualTo(new Question.ReminderLead(Duration.ofHours(1)));
        assertThat(chat.emcee().understand("remind me when they start"))
                .isEqualTo(new Question.ReminderLead(Duration.ZERO));
        assertThat(chat.ask("remind me 5 hours before")).contains("at most 3 hours");
        assertThat(chat.ask("remind me 5 minutes before")).startsWith("I'll remind you 5 minutes before each");
    }

    @Test
    void aNewLeadCountsTheBookmarksInTheSentence() {
        chat.ask("bookmark the Netflix talk");
        assertThat(chat.ask("remind me 15 minutes before"))
                .isEqualTo("I'll remind you 15 minutes before the session on your agenda.");
        chat.ask("bookmark Sean Allen");
        assertThat(chat.ask("remind me 15 minutes before"))
                .isEqualTo("I'll remind you 15 minutes before each of the 2 sessions on your agenda.");
        assertThat(chat.ask("remind me when they start"))
                .isEqualTo("I'll remind you when each of the 2 sessions on your agenda starts.");
    }

    @Test
    void aBookmarkTooCloseToTheStartSaysThereWillBeNoReminder() {
        assertThat(chat.at("2018-06-14T15:35").ask("remind me about Kyle Kingsbury's talk"))
                .contains("It starts too soon for a reminder 10 minutes before.");
        assertThat(chat.at("2018-06-14T17:00").ask("bookmark Sean Allen"))
                .contains("It has already ended, so there will be no reminder.");
    }

    @Test
    void forgetMeDeletesEverything() {
        InMemoryAgendaStore store = new InMemoryAgendaStore();
        chat.emcee().keepAgendas(store, AgendaSettings.defaults());
        chat.ask("remind me 15 minutes before");
        chat.ask("bookmark the Netflix talk");
        chat.ask("bookmark Sean Allen");

        assertThat(chat.ask("forget me")).startsWith("Done: I deleted everything I kept about you (2 bookmarks");
        assertThat(store.all()).isEmpty();
        assertThat(store.lead(new AgendaUser(dev.emcee.core.platform.Platform.CONSOLE, "tester"))).isEqualTo(Optional.empty());
    }

    @Test
    void whenTurnedOffAgendaQuestionsArePolitelyRefusedAndOthersStillWork() {
        chat.emcee().keepAgendas(new InMemoryAgendaStore(), AgendaSettings.disabled());

        for (String q : new String[] {"remind me about Kyle Kingsbury's talk", "my agenda", "forget me",
            "remind me 15 minutes before", "add Tesser to my agenda"}) {
            assertThat(chat.ask(q)).as(q).startsWith("Personal agendas (bookmarks and reminders) are not available");
        }
        assertThat(chat.ask("what's next")).startsWith("Up next");
    }
}
