package dev.emcee.core.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.Clarification;
import dev.emcee.core.answer.ConferenceOverview;
import dev.emcee.core.answer.HelpAnswer;
import dev.emcee.core.answer.NameListing;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.OnNow;
import dev.emcee.core.answer.PeopleListing;
import dev.emcee.core.answer.PersonProfile;
import dev.emcee.core.answer.PlainTextRenderer;
import dev.emcee.core.answer.SessionListing;
import dev.emcee.core.answer.ShortReply;
import dev.emcee.core.answer.UpNext;
import dev.emcee.core.testing.ChatHarness;
import dev.emcee.sources.testing.BundledSchedule;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Many phrasings of every kind of question, at several clock times, on the bundled conference, with the kind of
 * answer and the facts the reply must (and must not) contain.
 *
 * <p>Each row: local time on the conference's clock | question | answer kind | texts the reply contains, separated
 * by {@code &&}; a text starting with {@code !} must not appear.
 */
class PhrasingTableTest {
    private static final String SEAN = "Sean Allen on Distributed State";
    private static final String NETFLIX = "The distributed authorization system: A Netflix case study";
    private static final String GRABOWSKI = "Christian Grabowski on Resilient, Performant & Secure Distributed Systems";
    private static final String KYLE = "Kyle Kingsbury on Resilient, Performant & Secure Distributed Systems";
    private static final String TYLER = "Talk by Tyler McMullen";

    static Stream<Arguments> table() {
        String rows = """
                11:00 | what's next in LL21 A/B | UpNext | 11:25am | SEAN | in 25 minutes | !NETFLIX | !right now
                11:00 | What's next in LL21 A/B? | UpNext | SEAN
                11:00 | whats next in ll21 | UpNext | SEAN
                11:00 | what is next in LL21AB | UpNext | SEAN
                11:00 | next in ll21 a/b | UpNext | SEAN
                11:00 | hey emcee, could you tell me what's next in LL21 A/B please? | UpNext | SEAN
                11:00 | WHAT'S NEXT | UpNext | SEAN | at the conference
                11:00 | what's coming up? | UpNext | SEAN
                11:00 | wat's nxt | UpNext | SEAN | at the conference
                11:00 | whats nxt in ll21 | UpNext | SEAN | in LL21 A/B
                11:00 | waht is on tomorow | SessionListing | Friday, June 15
                11:00 | wen is kyle speaking | PersonProfile | 3:40pm
                11:00 | todays shedule | SessionListing | Thursday, June 14 | SEAN
                11:00 | what's next in the distributed systems track | UpNext | SEAN | Distributed Systems track
                11:00 | who is speaking next | UpNext | SEAN
                11:00 | 🤔 what's next?? 🎤 | UpNext | SEAN
                11:25 | what's next in LL21 A/B | UpNext | NETFLIX | 1:15pm | On now in LL21 A/B | SEAN
                12:30 | what's next | UpNext | NETFLIX | in 45 minutes | !SEAN
                13:30 | what's next in LL21 A/B | UpNext | GRABOWSKI | 2:10pm | in 40 minutes | On now | NETFLIX | 25 minutes left
                14:55 | up next? | UpNext | KYLE | 3:40pm
                16:30 | what's next | UpNext | TYLER | 4:35pm | in 5 minutes | !KYLE
                17:20 | what's next | UpNext | Nothing more is scheduled
                11:00 | what's on now | OnNow | Nothing is on | SEAN | in 25 minutes
                11:30 | what's on now? | OnNow | On now | SEAN | 35 minutes left
                11:30 | what's happening right now | OnNow | SEAN
                11:30 | what is going on | OnNow | SEAN
                11:30 | anything on at the moment? | OnNow | SEAN
                11:30 | what's on | OnNow | SEAN
                13:20 | what's on now in ll21 | OnNow | NETFLIX
                13:20 | currently running sessions | OnNow | NETFLIX
                11:00 | what's on at 2:30 | SessionListing | 2:30pm | GRABOWSKI | !SEAN
                11:00 | what's on at 14:30 | SessionListing | GRABOWSKI
                11:00 | what's on at 2:30pm | SessionListing | GRABOWSKI
                11:00 | anything at 2.30? | SessionListing | GRABOWSKI
                11:00 | what's at 11:30 on thursday | SessionListing | SEAN
                11:00 | what's on at 1pm | SessionListing | Nothing is on at 1pm | NETFLIX
                11:00 | at 15:45 | SessionListing | KYLE
                11:00 | what's on at 3:50 in LL21 A/B | SessionListing | KYLE
                11:00 | what's on at 9am | SessionListing | Nothing is on at 9am
                11:00 | what's on at 3pm | SessionListing | Nothing is on at 3pm, Thursday, June 14; next after that | KYLE | !On at | !Sessions are on
                11:00 | what's on at 6pm | SessionListing | Nothing is on at 6pm | the last session ended at 5:15pm | !Sessions are on | !On at
                11:00 | what's on at 4:40 | SessionListing | On at 4:40pm | TYLER | !Nothing is on
                11:00 | what's on tonight in LL21 A/B | SessionListing | Sessions that day run from 11:25am to 5:15pm | !Sessions are on
                11:00 | what's on wednesday | SessionListing | Nothing is scheduled on Wednesday, June 13 | Sessions are on Thursday, June 14 | !June 20
                11:00 | what's on monday | SessionListing | Monday, June 11 | !June 18
                11:00 | what's on this afternoon | SessionListing | afternoon | NETFLIX | GRABOWSKI | KYLE | !SEAN
                11:00 | this morning? | SessionListing | morning | SEAN | !KYLE
                11:00 | what's on tonight | SessionListing | evening
                09:00 | agenda for today | SessionListing | Thursday, June 14 | SEAN | KYLE
                09:00 | today's schedule | SessionListing | SEAN | NETFLIX
                09:00 | what's on thursday | SessionListing | Thursday, June 14 | GRABOWSKI
                09:00 | Thursday | SessionListing | KYLE
                09:00 | what's on June 14 | SessionListing | SEAN
                09:00 | schedule for 14 june | SessionListing | SEAN
                09:00 | agenda 2018-06-14 | SessionListing | SEAN
                09:00 | what's on 6/14 | SessionListing | SEAN
                09:00 | the first day | SessionListing | SEAN
                09:00 | what's on tomorrow | SessionListing | Nothing is scheduled on Friday, June 15 | Thursday, June 14
                09:00 | what's on friday | SessionListing | Nothing is scheduled on Friday, June 15
                09:00 | what's in LL21 A/B | SessionListing | LL21 A/B | SEAN | KYLE
                09:00 | LL21AB | SessionListing | SEAN | NETFLIX
                09:00 | sessions in room ll21 | SessionListing | SEAN
                09:00 | distributed systems track | SessionListing | GRABOWSKI
                09:00 | who is Kyle Kingsbury | PersonProfile | Kyle Kingsbury (Jepsen) | 3:40pm | LL21 A/B | KYLE
                09:00 | who's kyle kingsbury? | PersonProfile | Jepsen | 3:40pm
                09:00 | who is kingsbury | PersonProfile | Jepsen
                09:00 | kyle kingsbury | PersonProfile | Jepsen
                09:00 | Kingsbury? | PersonProfile | Jepsen
                09:00 | who is kyle kingsburry | PersonProfile | Jepsen
                09:00 | tell me about Kyle | PersonProfile | Jepsen
                09:00 | when is Kyle Kingsbury speaking | PersonProfile | 3:40pm | LL21 A/B
                09:00 | what time is the Netflix case study? | SessionListing | NETFLIX | 1:15pm | !Nothing matched
                09:00 | when is the distributed authorization system talk? | SessionListing | NETFLIX | 1:15pm
                09:00 | where is kingsbury speaking? | PersonProfile | LL21 A/B
                09:00 | when does kyle speak | PersonProfile | 3:40pm
                09:00 | kyle's talk | PersonProfile | 3:40pm
                09:00 | who is Sean Allen | PersonProfile | Wallaroo Labs | 11:25am | SEAN
                09:00 | who is sean | PersonProfile | Wallaroo Labs
                09:00 | who is Emily Shea | PersonProfile | Fastly | Distributed Systems track host | Chicken
                09:00 | who is emily | PersonProfile | track host
                09:00 | who is christian grabowski | PersonProfile | 2:10pm | GRABOWSKI
                09:00 | who is Torin Sandall | PersonProfile | Open Policy Agent Project | NETFLIX
                09:00 | who is manish | PersonProfile | Netflix | 1:15pm
                09:00 | who hosts the distributed systems track | PeopleListing | Emily Shea (Fastly)
                09:00 | who's the track host | PeopleListing | Emily Shea
                09:00 | host of distributed systems? | PeopleListing | Emily Shea
                09:00 | who's from Fastly | PeopleListing | Emily Shea | track host
                09:00 | anyone from netflix? | PeopleListing | Manish Mehta | 1:15pm
                09:00 | speakers from Jepsen | PeopleListing | Kyle Kingsbury
                09:00 | talks from netflix | SessionListing | NETFLIX | !SEAN
                09:00 | who works at wallaroo labs | PeopleListing | Sean Allen
                09:00 | anything on authorization? | SessionListing | NETFLIX | !SEAN
                09:00 | talks about authorisation | SessionListing | NETFLIX | close matches
                09:00 | sessions on distributed state | SessionListing | SEAN
                09:00 | anything about microservices | SessionListing | NETFLIX
                09:00 | netflix | SessionListing | NETFLIX
                09:00 | jepsen | SessionListing | KYLE
                09:00 | talks about databases | SessionListing | SEAN
                09:00 | anything on sandboxing? | SessionListing | TYLER | !SEAN
                09:00 | tesser | SessionListing | KYLE | !TYLER
                09:00 | anything on quantum? | NoMatch | I found nothing on the schedule for "anything on quantum?"
                09:00 | what time is lunch | NoMatch | I found nothing on the schedule for "what time is lunch". | what's on this afternoon? | what's next? | !time lunch
                09:00 | code of conduct | NoMatch | for "code of conduct": no session mentions all of its words | !SEAN | !code conduct
                09:00 | anything on sandboxing and quantum | SessionListing | TYLER | Nothing matched "quantum"
                09:00 | beginner sessions | SessionListing | Beginner sessions | SEAN | !NETFLIX
                09:00 | talks for beginners | SessionListing | SEAN
                09:00 | intermediate talks | SessionListing | NETFLIX | GRABOWSKI | !SEAN
                09:00 | advanced sessions | SessionListing | No sessions are marked Advanced | Beginner
                09:00 | top rated | SessionListing | Top rated | SEAN | ★ 5.0/5 (3 ratings) | ★ 4.3/5 (6 ratings) | ★ 5.0/5 (1 rating) | !rated 5.00 | NETFLIX
                09:00 | best rated talks | SessionListing | SEAN
                09:00 | what are the highest rated sessions? | SessionListing | SEAN
                09:00 | which rooms are there | NameListing | LL21 A/B | 5 sessions
                09:00 | rooms | NameListing | LL21 A/B
                09:00 | list tracks | NameListing | Distributed Systems | Emily Shea
                09:00 | what tracks are there? | NameListing | Distributed Systems
                09:00 | speakers | PeopleListing | Kyle Kingsbury | Sean Allen | Emily Shea
                09:00 | who is speaking | PeopleListing | Kyle Kingsbury
                09:00 | when and where is the conference | ConferenceOverview | San Jose, CA | June 12, 2018 – June 14, 2018
                09:00 | where is the conference? | ShortReply | San Jose
                09:00 | when is the conference | ConferenceOverview | Training | June 11, 2018
                09:00 | conference dates | ConferenceOverview | Tutorials & Conference
                09:00 | when does the conference end | ShortReply | ends on Thursday, June 14, 2018 | the last session on the schedule ends at 5:15pm PDT | !Where | !Programme
                09:00 | when does it finish? | ShortReply | ends on Thursday, June 14, 2018
                09:00 | when does the conference start | ShortReply | started on Monday, June 11, 2018 (Training) | first session on the schedule starts at 11:25am PDT on Thursday, June 14
                09:00 | where is the conference | ShortReply | O'Reilly Velocity Conference San Jose 2018 is in San Jose, CA. | LL21 A/B | !Training | !Programme
                09:00 | what's the venue? | ShortReply | is in San Jose, CA
                11:00 | what's next after Sean Allen? | SessionListing | Next after Sean Allen on Distributed State (ends 12:05pm) | NETFLIX | !Nothing matched | !• SEAN
                11:00 | what's on after the netflix talk | SessionListing | GRABOWSKI | !• NETFLIX
                11:00 | after kyle's talk? | SessionListing | TYLER | !• KYLE
                11:00 | what's next after Tyler McMullen | SessionListing | Nothing is scheduled after Talk by Tyler McMullen.
                11:00 | what's next after this | UpNext | SEAN
                11:00 | what's next in room 101 | NoMatch | There is no room 101 on the schedule | the only room is LL21 A/B | what's next in LL21 A/B? | !SEAN
                11:00 | what's on in room 7 now | NoMatch | There is no room 7
                11:00 | which room is kyle in | PersonProfile | LL21 A/B
                09:00 | who's from google? | NoMatch | Nobody from Google is on the schedule | who's from Fastly? | !anyone called
                09:00 | anyone working for microsoft | NoMatch | Nobody from Microsoft
                09:00 | talks from google | NoMatch | Nobody from Google
                09:00 | talks from kyle | PersonProfile | Jepsen
                09:00 | help | HelpAnswer | what's next in LL21 A/B | who is
                09:00 | what can you do? | HelpAnswer | anything on
                09:00 | ? | HelpAnswer | what's next
                09:00 |  | HelpAnswer | what's next
                09:00 | hello | ShortReply | Hello! I'm Emcee | what's next? | !who is
                09:00 | hi | ShortReply | Hi! I'm Emcee | !•
                09:00 | 👋 | ShortReply | 👋 Hi! | !•
                09:00 | good morning! | ShortReply | Good morning! | !SEAN
                09:00 | Good afternoon, emcee | ShortReply | Good afternoon!
                09:00 | thanks | ShortReply | You're welcome! | !•
                09:00 | thank you! | ShortReply | You're welcome!
                09:00 | thx 🙏 | ShortReply | You're welcome!
                09:00 | bye | ShortReply | Bye!
                09:00 | hi, what's next? | UpNext | SEAN
                09:00 | thanks! who is kyle kingsbury? | PersonProfile | Jepsen
                09:00 | good morning, what's on this morning? | SessionListing | SEAN
                09:00 | who is Bob Smithers | NoMatch | anyone called "bob smithers" | speakers
                09:00 | xyzzy plugh | NoMatch | I found nothing on the schedule for "xyzzy plugh"
                """;
        return rows.lines().filter(l -> !l.isBlank()).map(PhrasingTableTest::row);
    }

    private static Arguments row(String line) {
        String[] cells = line.split("\\|", -1);
        List<String> expected = Arrays.stream(cells).skip(3).map(String::strip).map(PhrasingTableTest::expand).toList();
        return Arguments.of(cells[0].strip(), cells[1].strip(), cells[2].strip(), expected);
    }

    private static String expand(String text) {
        String negation = text.startsWith("!") ? "!" : "";
        String body = negation.isEmpty() ? text : text.substring(1);
        return negation + switch (body) {
            case "SEAN" -> SEAN;
            case "NETFLIX" -> NETFLIX;
            case "GRABOWSKI" -> GRABOWSKI;
            case "KYLE" -> KYLE;
            case "TYLER" -> TYLER;
            default -> body;
        };
    }

    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @MethodSource("table")
    void answers(String time, String question, String kind, List<String> expected) {
        ChatHarness chat = BundledSchedule.chatAt("2018-06-14T" + time);
        Answer answer = chat.answer(question);
        String text = PlainTextRenderer.render(answer);

        assertThat(answer.getClass().getSimpleName()).as("answer kind for \"%s\"; reply:%n%s", question, text)
                .isEqualTo(kind);
        assertThat(text).as("an answer has no blank line (they separate answers in piped output)")
                .doesNotContain("\n\n");
        for (String fact : expected) {
            if (fact.startsWith("!")) {
                assertThat(text).as("reply to \"%s\"", question).doesNotContain(fact.substring(1));
            } else {
                assertThat(text).as("reply to \"%s\"", question).contains(fact);
            }
        }
    }

    /** Kinds named in the table exist, so a typo in the table cannot make a row vacuous. */
    @org.junit.jupiter.api.Test
    void tableNamesRealKinds() {
        List<String> kinds = Stream.of(UpNext.class, OnNow.class, SessionListing.class, PersonProfile.class,
                PeopleListing.class, NameListing.class, ConferenceOverview.class, HelpAnswer.class, ShortReply.class, NoMatch.class,
                Clarification.class).map(Class::getSimpleName).toList();
        assertThat(table().map(a -> (String) a.get()[2])).allMatch(kinds::contains);
        assertThat(table().count()).isGreaterThanOrEqualTo(80);
    }
}
