package dev.emcee.core.question;

import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.SpeakerId;
import dev.emcee.core.schedule.TrackId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person asked, understood: an intent with its resolved references.
 *
 * <p>Relative references ("today", "next") stay relative here, so an understood question can be memoized and
 * answered again later against the clock of that moment.
 */
public sealed interface Question {
    /** Dispatches to the visitor method for this kind of question. */
    <R> R accept(QuestionVisitor<R> visitor);

    /** "what's next", "what's next in LL21 A/B". */
    record Next(Scope scope) implements Question {
        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.next(this);
        }
    }

    /** "what's on now". */
    record Now(Scope scope) implements Question {
        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.now(this);
        }
    }

    /** "what's on at 2:30", "this afternoon on Thursday". */
    record At(Optional<DayRef> day, TimeRef time, Scope scope) implements Question {
        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.at(this);
        }
    }

    /** A day's agenda, a room's or a track's sessions; without a day, the day that matters now. */
    record Agenda(Optional<DayRef> day, Scope scope) implements Question {
        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.agenda(this);
        }
    }

    /**
     * One end of a list rather than the list: "the first talk tomorrow", "the last session today in LL21 A/B",
     * "the keynote" (then only keynotes, and without first or last, the coming one).
     */
    record Pick(End end, Optional<DayRef> day, Scope scope, boolean keynotes) implements Question {
        /** Which end: the first, the last, or (for "the keynote") the one not over yet. */
        public enum End { FIRST, LAST, COMING }

        public Pick {
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(scope, "scope");
        }

        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.pick(this);
        }
    }

    /** "who is Kyle Kingsbury", "when is Kyle speaking". */
    record AboutPerson(SpeakerId speaker) implements Question {
        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.aboutPerson(this);
        }
    }

    /**
     * "when is Security Nightmares", "what time is the closing ceremony": the session (or the several sessions)
     * with that title.
     *
     * @param title the title as the schedule writes it
     */
    record Titled(String title, List<SessionId> sessions) implements Question {
        public Titled {
            Objects.requireNonNull(title, "title");
            sessions = List.copyOf(sessions);
        }

        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.titled(this);
        }
    }

    /** "anything on sandboxing?": the words to look for. */
    record Search(String phrase, List<String> terms) implements Question {
        public Search {
            terms = List.copyOf(terms);
        }

        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.search(this);
        }
    }

    /** "who's from Fastly" (people) or "talks from Netflix" (sessions). */
    record FromCompany(String company, boolean sessions) implements Question {
        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.fromCompany(this);
        }
    }

    /**
     * "who is X" where X is nobody on the schedule; answered by a search for the words, else by close names.
     *
     * @param words the words that named nobody
     * @param closeNames names on the schedule that resemble them
     * @param mayBeTopic whether the words may name a company or topic rather than a person ("who is from red hat")
     */
    record UnknownPerson(List<String> words, List<String> closeNames, boolean mayBeTopic) implements Question {
        public UnknownPerson {
            words = List.copyOf(words);
            closeNames = List.copyOf(closeNames);
        }

        /** Words that were meant as a person's name. */
        public UnknownPerson(List<String> words, List<String> closeNames) {
            this(words, closeNames, false);
        }

        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.unknownPerson(this);
        }
    }

    /**
     * "what's next in room 101", "rm 12", "next in janson": a room the schedule does not have.
     *
     * @param name the room as the person named it
     * @param rooms the schedule's rooms to offer instead: all of them when there are few, else those like the name
     */
    record UnknownRoom(String name, List<String> rooms) implements Question {
        public UnknownRoom {
            Objects.requireNonNull(name, "name");
            rooms = List.copyOf(rooms);
        }

        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.unknownRoom(this);
        }
    }

    /** "beginner sessions". */
    record AtLevel(String level) implements Question {
        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.atLevel(this);
        }
    }

    /** "top rated". */
    record TopRated() implements Question {
        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.topRated(this);
        }
    }

    /** "who hosts the Distributed Systems track"; empty means every track. */
    record TrackHosts(Optional<TrackId> track) implements Question {
        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.trackHosts(this);
        }
    }

    /** "which rooms are there". */
    record ListRooms() implements Question {
        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.listRooms(this);
        }
    }

    /** "who is speaking". */
    record ListSpeakers() implements Question {
        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.listSpeakers(this);
        }
    }

    /** "what tracks are there". */
    record ListTracks() implements Question {
        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.listTracks(this);
        }
    }

    /** "when and where is the conference". */
    record AboutConference() implements Question {
        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.aboutConference(this);
        }
    }

    /** "when does the conference end", "where is the conference": the one fact asked for, not the overview. */
    record ConferenceFact(Fact fact) implements Question {
        /** Which fact. */
        public enum Fact { START, END, PLACE }

        public ConferenceFact {
            Objects.requireNonNull(fact, "fact");
        }

        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.conferenceFact(this);
        }
    }

    /**
     * "thanks", "hi", "👋", "good morning!": small talk, the whole message; recognized by {@link SmallTalkPhrases}.
     *
     * @param greeting for a greeting, the words to greet back with ("Good morning", "Hi", "👋"); else empty
     */
    record SmallTalk(Kind kind, String greeting) implements Question {
        /** What kind of small talk. */
        public enum Kind { GREETING, THANKS, GOODBYE }

        public SmallTalk {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(greeting, "greeting");
        }

        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.smallTalk(this);
        }
    }

    /**
     * A room or company named in the question that the schedule does not have: "what's next in room 101",
     * "who's from google?". Said plainly rather than answered for the whole conference.
     *
     * @param name the name as asked
     */
    record NotOnSchedule(Kind kind, String name) implements Question {
        /** What was named. */
        public enum Kind { ROOM, COMPANY }

        public NotOnSchedule {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.notOnSchedule(this);
        }
    }

    /** "what's next after Sean Allen?": what starts after one session ends, in its room's scope or everywhere. */
    record After(SessionId session) implements Question {
        public After {
            Objects.requireNonNull(session, "session");
        }

        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.after(this);
        }
    }

    /** "help", an empty message. */
    record Help() implements Question {
        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.help(this);
        }
    }

    /** Several things matched equally well. */
    record Ambiguous(String prompt, List<String> candidates) implements Question {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }

        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.ambiguous(this);
        }
    }

    /** Nothing was understood; {@code suggestions} are close names or words from the schedule. */
    record NotUnderstood(String text, List<String> suggestions) implements Question {
        public NotUnderstood {
            suggestions = List.copyOf(suggestions);
        }

        @Override
        public <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.notUnderstood(this);
        }
    }

    /**
     * A question about the asker's own agenda (bookmarks and reminders), recognized by {@link AgendaQuestions}.
     * Its answer depends on who asks, so it is answered with that person's bookmarks, never memoized as an answer.
     */
    sealed interface Personal extends Question
            permits Bookmark, Unbookmark, MyAgenda, ReminderLead, ForgetMe, UnclearSession {
        /** Dispatches to the visitor method for this kind of agenda question. */
        <R> R accept(PersonalQuestionVisitor<R> visitor);

        @Override
        default <R> R accept(QuestionVisitor<R> visitor) {
            return visitor.personal(this);
        }
    }

    /** "remind me about Kyle Kingsbury's talk", "bookmark the Netflix talk", "add Tesser to my agenda". */
    record Bookmark(SessionId session) implements Personal {
        public Bookmark {
            Objects.requireNonNull(session, "session");
        }

        @Override
        public <R> R accept(PersonalQuestionVisitor<R> visitor) {
            return visitor.bookmark(this);
        }
    }

    /** "forget the Netflix talk", "remove Sean Allen's talk from my agenda". */
    record Unbookmark(SessionId session) implements Personal {
        public Unbookmark {
            Objects.requireNonNull(session, "session");
        }

        @Override
        public <R> R accept(PersonalQuestionVisitor<R> visitor) {
            return visitor.unbookmark(this);
        }
    }

    /** "my agenda", "my schedule". */
    record MyAgenda() implements Personal {
        @Override
        public <R> R accept(PersonalQuestionVisitor<R> visitor) {
            return visitor.myAgenda(this);
        }
    }

    /** "remind me 15 minutes before": the asker's reminder lead for every bookmark. */
    record ReminderLead(Duration lead) implements Personal {
        public ReminderLead {
            Objects.requireNonNull(lead, "lead");
        }

        @Override
        public <R> R accept(PersonalQuestionVisitor<R> visitor) {
            return visitor.reminderLead(this);
        }
    }

    /** "forget me": delete everything kept about the asker. */
    record ForgetMe() implements Personal {
        @Override
        public <R> R accept(PersonalQuestionVisitor<R> visitor) {
            return visitor.forgetMe(this);
        }
    }

    /**
     * A bookmark or unbookmark whose session is unclear: nothing matched {@code phrase} (no candidates), or several
     * sessions did.
     *
     * @param adding whether the person wanted to add (else remove) the session
     * @param candidates the labels of the sessions that matched equally well, with day, time and room
     * @param suggestions close names from the schedule, when nothing matched
     */
    record UnclearSession(boolean adding, String phrase, List<String> candidates, List<String> suggestions)
            implements Personal {
        public UnclearSession {
            Objects.requireNonNull(phrase, "phrase");
            candidates = List.copyOf(candidates);
            suggestions = List.copyOf(suggestions);
        }

        @Override
        public <R> R accept(PersonalQuestionVisitor<R> visitor) {
            return visitor.unclearSession(this);
        }
    }
}
