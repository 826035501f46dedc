package dev.emcee.core.agenda;

import dev.emcee.core.answer.AgendaForgotten;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.BookmarkChange;
import dev.emcee.core.answer.Clarification;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.PersonalAgenda;
import dev.emcee.core.answer.ReminderLeadSet;
import dev.emcee.core.answer.SessionCards;
import dev.emcee.core.announce.DurationText;
import dev.emcee.core.question.PersonalQuestionVisitor;
import dev.emcee.core.question.Question;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.Speaker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers questions about one person's agenda with their bookmarks: adds and removes sessions, lists the agenda in
 * time order with overlaps marked, sets the reminder lead, forgets the person.
 */
public final class AgendaAnswers {
    private final AgendaStore store;
    private final ReminderPlan plan;

    public AgendaAnswers(AgendaStore store, AgendaSettings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.plan = new ReminderPlan(settings);
    }

    /** The answer to {@code question} for {@code user} at {@code now}. */
    public Answer answer(Question.Personal question, AgendaUser user, Schedule schedule, Instant now) {
        return question.accept(new PersonalQuestionVisitor<>() {
            @Override
            public Answer bookmark(Question.Bookmark q) {
                return change(user, q.session(), true, schedule, now);
            }

            @Override
            public Answer unbookmark(Question.Unbookmark q) {
                return change(user, q.session(), false, schedule, now);
            }

            @Override
            public Answer myAgenda(Question.MyAgenda q) {
                return agenda(user, schedule, now);
            }

            @Override
            public Answer reminderLead(Question.ReminderLead q) {
                return lead(user, q.lead());
            }

            @Override
            public Answer forgetMe(Question.ForgetMe q) {
                return new AgendaForgotten(store.forget(user));
            }

            @Override
            public Answer unclearSession(Question.UnclearSession q) {
                return unclear(q, schedule);
            }
        });
    }

    /**
     * Adds ({@code add}) or removes one session, as a bookmark button does.
     *
     * @param sessionId the session's id as the button carries it; one no longer on the schedule gets a plain reply
     */
    public Answer change(AgendaUser user, SessionId sessionId, boolean add, Schedule schedule, Instant now) {
        Optional<Session> session = schedule.session(sessionId);
        if (session.isEmpty()) {
            if (!add && store.remove(user, sessionId)) {
                return new NoMatch("Removed from your agenda: that session is no longer on the schedule.", List.of());
            }
            return new NoMatch("That session is no longer on the schedule. Ask \"my agenda\" to see yours.",
                    List.of("my agenda", "what's next"));
        }
        Duration lead = plan.lead(store.lead(user));
        BookmarkChange.Kind kind;
        if (add) {
            kind = store.add(user, sessionId) ? BookmarkChange.Kind.ADDED : BookmarkChange.Kind.ALREADY_BOOKMARKED;
        } else {
            kind = store.remove(user, sessionId) ? BookmarkChange.Kind.REMOVED : BookmarkChange.Kind.NOT_BOOKMARKED;
        }
        Optional<Instant> remindAt = kind.bookmarked() ? plan.remindAt(session.get(), lead, now) : Optional.empty();
        return new BookmarkChange(kind, SessionCards.of(session.get(), schedule), remindAt, lead, now);
    }

    private Answer agenda(AgendaUser user, Schedule schedule, Instant now) {
        List<Session> sessions = store.bookmarks(user).stream().map(schedule::session).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Session::start).thenComparing(Session::end)
                        .thenComparing(s -> s.id().value()))
                .toList();
        List<PersonalAgenda.Entry> entries = new ArrayList<>();
        for (Session session : sessions) {
            List<String> conflicts = sessions.stream()
                    .filter(other -> other != session && other.start().isBefore(session.end())
                            && session.start().isBefore(other.end()))
                    .map(other -> SessionCards.of(other, schedule).label())
                    .toList();
            entries.add(new PersonalAgenda.Entry(SessionCards.of(session, schedule), conflicts));
        }
        return new PersonalAgenda(entries, plan.lead(store.lead(user)), now);
    }

    private Answer lead(AgendaUser user, Duration lead) {
        if (lead.compareTo(AgendaSettings.MAX_LEAD) > 0) {
            return new NoMatch("I can remind you at most " + DurationText.format(AgendaSettings.MAX_LEAD)
                    .replace("h", " hours") + " before a session.", List.of("remind me 10 minutes before",
                    "remind me 1 hour before"));
        }
        store.setLead(user, lead);
        return new ReminderLeadSet(lead, store.bookmarks(user).size());
    }

    private static Answer unclear(Question.UnclearSession q, Schedule schedule) {
        String verb = q.adding() ? "bookmark" : "forget";
        if (!q.candidates().isEmpty()) {
            return new Clarification("Which session do you mean? Say \"" + verb + "\" again with more of its title, "
                    + "speaker or time:", q.candidates());
        }
        String phrase = q.phrase().isBlank() ? "that" : "\"" + q.phrase() + "\"";
        List<String> suggestions = new ArrayList<>();
        q.suggestions().forEach(name -> suggestions.add(verb + " " + name + "'s talk"));
        example(schedule).ifPresent(name -> suggestions.add("remind me about " + name + "'s talk"));
        suggestions.add("my agenda");
        suggestions.add("speakers");
        return new NoMatch("I couldn't find a session matching " + phrase + (q.adding() ? " to add to your agenda."
                : " on the schedule.") + " Name a speaker, a company or words of the title. Try:",
                suggestions.stream().distinct().toList());
    }

    private static Optional<String> example(Schedule schedule) {
        return schedule.sessions().stream().map(schedule::speakersOf).filter(s -> !s.isEmpty())
                .map(s -> s.get(0)).map(Speaker::name).findFirst();
    }
}
