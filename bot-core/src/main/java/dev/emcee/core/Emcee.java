package dev.emcee.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.emcee.core.agenda.AgendaAnswers;
import dev.emcee.core.agenda.AgendaSettings;
import dev.emcee.core.agenda.AgendaStore;
import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.agenda.InMemoryAgendaStore;
import dev.emcee.core.answer.AgendaUnavailable;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.FaqAnswer;
import dev.emcee.core.answer.HelpAnswer;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.SlowDown;
import dev.emcee.core.answering.Answerer;
import dev.emcee.core.faq.Faq;
import dev.emcee.core.faq.FaqAnswering;
import dev.emcee.core.faq.FaqPrecedence;
import dev.emcee.core.organize.OrganizerCommand;
import dev.emcee.core.organize.OrganizerCommands;
import dev.emcee.core.organize.OrganizerDesk;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.question.AgendaQuestions;
import dev.emcee.core.question.Question;
import dev.emcee.core.question.QuestionParser;
import dev.emcee.core.question.QuestionText;
import dev.emcee.core.question.SmallTalkPhrases;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.Speaker;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assistant: understands a question about the schedule in service and answers it at the clock's "now".
 *
 * <p>Understood questions are memoized per schedule by the text as typed (up to {@link QuestionText#MAX_LENGTH}
 * characters), so that a question asked before costs neither normalizing nor parsing (a reload starts a fresh
 * memo); each person on a chat platform
 * is rate limited (the local console, the operator's own terminal, is not).
 * No input makes it throw: a failure inside becomes an apologetic {@link NoMatch} and a log line.
 */
public final class Emcee implements QuestionHandler, BookmarkHandler, HomePages {
    private static final Logger LOG = LoggerFactory.getLogger(Emcee.class);

    private final CurrentSchedule schedule;
    private final Clock clock;
    private final AnsweringOptions options;
    private final Ticker ticker;
    private final RateLimiter rateLimiter;
    private volatile AnswerObserver observer = AnswerObserver.NONE;
    private final AtomicReference<Understanding> understanding = new AtomicReference<>();
    private volatile Agendas agendas = new Agendas(new InMemoryAgendaStore(), AgendaSettings.defaults());
    private volatile FaqAnswering faq = FaqAnswering.none();
    private volatile UnansweredQuestions unanswered = UnansweredQuestions.NONE;
    private volatile Optional<OrganizerDesk> desk = Optional.empty();

    /** The parser, answerer and memo of one schedule, replaced together when the schedule changes. */
    private record Understanding(Schedule schedule, AgendaQuestions agenda, OrganizerCommands organizer,
            QuestionParser parser, Answerer answerer, Cache<String, Question> memo) {
    }

    /** Where personal agendas are kept, and how they behave. */
    private record Agendas(AgendaSettings settings, AgendaAnswers answers) {
        Agendas(AgendaStore store, AgendaSettings settings) {
            this(settings, new AgendaAnswers(store, settings));
        }
    }

    /**
     * @param schedule the schedule in service; Emcee follows its replacements
     * @param clock the clock "now" is read from (real, simulated, or fixed in tests)
     * @param ticker the time source of the rate limit and memo (Caffeine's; fake in tests)
     */
    public Emcee(CurrentSchedule schedule, Clock clock, AnsweringOptions options, Ticker ticker) {
        this.schedule = schedule;
        this.clock = clock;
        this.options = options;
        this.ticker = ticker;
        this.rateLimiter = new RateLimiter(options.rateLimitPerMinute(), ticker);
        this.understanding.set(understand(schedule.get()));
        schedule.addListener((previous, current) -> understanding.set(understand(current)));
    }

    /**
     * Keeps personal agendas in {@code store} from now on, following {@code settings} (the default reminder lead;
     * when disabled, agenda questions get a polite "not available here").
     */
    public void keepAgendas(AgendaStore store, AgendaSettings settings) {
        this.agendas = new Agendas(store, settings);
    }

    /**
     * Takes organizers' commands ("move ... to 4pm", "undo", "announce: ...") through {@code desk} from now on;
     * without a desk such texts are read as questions.
     */
    public void organizeWith(OrganizerDesk desk) {
        this.desk = Optional.of(desk);
    }

    /** Whether personal agendas (and so bookmark buttons) are on. */
    public boolean agendasEnabled() {
        return agendas.settings().enabled();
    }

    /** Answers from {@code faq} from now on what the schedule cannot (a reload of the FAQ calls this again). */
    public void useFaq(Faq faq) {
        this.faq = new FaqAnswering(faq);
    }

    /**
     * Counts in {@code store} from now on every question neither the schedule nor the FAQ answers (nothing found, or
     * a search showing only close matches): only its normalized text.
     */
    public void countUnansweredIn(UnansweredQuestions store) {
        this.unanswered = store;
    }

    /** Tells {@code observer} about every answer from now on (metrics). */
    public void observeWith(AnswerObserver observer) {
        this.observer = observer;
    }

    @Override
    public Optional<Answer> answer(Inquiry inquiry) {
        String person = inquiry.platform() + ":" + inquiry.userId();
        long started = ticker.read();
        try {
            RateLimiter.Verdict verdict = inquiry.platform() == Platform.CONSOLE ? RateLimiter.Verdict.ALLOW
                    : rateLimiter.check(person);
            if (verdict != RateLimiter.Verdict.ALLOW) {
                observe(inquiry, "RateLimited", started);
                return verdict == RateLimiter.Verdict.DROP ? Optional.empty()
                        : Optional.of(new SlowDown(rateLimiter.retryAfter(person)));
            }
            Understanding u = understanding.get();
            Optional<OrganizerCommand> command = desk.isPresent() ? u.organizer().recognize(inquiry.text())
                    : Optional.empty();
            if (command.isPresent()) {
                observe(inquiry, "Organizer", started);
                return Optional.of(desk.get().handle(command.get(), inquiry.platform(),
                        inquiry.userId(), inquiry.groups(), u.schedule(), clock.instant()));
            }
            Question question = understand(u, inquiry.text());
            Answer scheduled = question instanceof Question.Personal personal
                    ? personal(personal, inquiry.platform(), inquiry.userId(), u.schedule())
                    : withAgendaExamples(u.answerer().answer(question, inquiry.text(), clock.instant()),
                            u.schedule());
            Answer answer = faq.answer(question, scheduled, inquiry.text());
            observe(inquiry, answer instanceof FaqAnswer ? "Faq" : question.getClass().getSimpleName(), started);
            if (answer == scheduled && FaqPrecedence.leftUnanswered(question, answer)) {
                countUnanswered(inquiry);
            }
            return Optional.of(answer);
        } catch (RuntimeException e) {
            LOG.error("Could not answer a question ({} characters): {}", inquiry.text().length(), e.toString(), e);
            return Optional.of(NoMatch.failure());
        }
    }

    @Override
    public Answer bookmark(BookmarkClick click) {
        try {
            Agendas current = agendas;
            if (!current.settings().enabled() || click.userId().isBlank()) {
                return new AgendaUnavailable();
            }
            if (click.sessionId().isBlank()) {
                return new NoMatch("That button names no session. Ask \"my agenda\" to see yours.", List.of());
            }
            return current.answers().change(new AgendaUser(click.platform(), click.userId()),
                    new SessionId(click.sessionId()), click.add(), understanding.get().schedule(), clock.instant());
        } catch (RuntimeException e) {
            LOG.error("Could not change a bookmark: {}", e.toString(), e);
            return new NoMatch("Sorry, I could not change your agenda just now. Please try again.", List.of());
        }
    }

    @Override
    public HomePage home(Platform platform, String userId) {
        try {
            Understanding u = understanding.get();
            java.time.Instant now = clock.instant();
            Optional<Answer> agenda = agendas.settings().enabled() && !userId.isBlank()
                    ? Optional.of(personal(new Question.MyAgenda(), platform, userId, u.schedule()))
                    : Optional.empty();
            return new HomePage(u.answerer().answer(understand(u, "what's on now"), "what's on now", now),
                    u.answerer().answer(understand(u, "what's next"), "what's next", now), agenda,
                    withAgendaExamples(u.answerer().answer(new Question.Help(), "help", now), u.schedule()));
        } catch (RuntimeException e) {
            LOG.error("Could not make a home page: {}", e.toString(), e);
            return new HomePage(NoMatch.failure(), NoMatch.failure(), Optional.empty(), NoMatch.failure());
        }
    }

    @Override
    public void whenScheduleChanges(Runnable refresh) {
        schedule.addListener((previous, current) -> refresh.run()); // after this Emcee's own, which came first
    }

    private void countUnanswered(Inquiry inquiry) {
        String text = QuestionText.normalize(inquiry.text());
        if (text.isEmpty()) {
            return;
        }
        try {
            observer.unanswered(inquiry.platform());
            unanswered.record(text, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("Could not count an unanswered question: {}", e.toString());
        }
    }

    /** Help also shows the FAQ's questions, and the agenda's phrasings when agendas are on. */
    private Answer withAgendaExamples(Answer answer, Schedule schedule) {
        if (!(answer instanceof HelpAnswer help)) {
            return answer;
        }
        List<String> examples = new java.util.ArrayList<>(help.examples());
        examples.addAll(faq.helpExamples());
        if (!agendas.settings().enabled()) {
            return new HelpAnswer(help.intro(), examples);
        }
        // The last session with speakers, looked for from the end: a scan of every session made "help" cost
        // 1.5 ms on a schedule of 10,000.
        List<Session> sessions = schedule.sessions();
        for (int i = sessions.size() - 1; i >= 0; i--) {
            List<Speaker> speakers = schedule.speakersOf(sessions.get(i));
            if (!speakers.isEmpty()) {
                examples.add("remind me about " + speakers.get(0).name() + "'s talk");
                break;
            }
        }
        examples.add("my agenda");
        return new HelpAnswer(help.intro(), examples);
    }

    private Answer personal(Question.Personal question, Platform platform, String userId, Schedule schedule) {
        Agendas current = agendas;
        if (!current.settings().enabled() || userId.isBlank()) {
            return new AgendaUnavailable();
        }
        return current.answers().answer(question, new AgendaUser(platform, userId), schedule, clock.instant());
    }

    private void observe(Inquiry inquiry, String intent, long startedNanos) {
        try {
            observer.answered(inquiry.platform(), intent, java.time.Duration.ofNanos(ticker.read() - startedNanos));
        } catch (RuntimeException e) {
            LOG.warn("An answer observer failed: {}", e.toString());
        }
    }

    /** The understood form of a question, without answering it (for tools and tests). */
    public Question understand(String text) {
        return understand(understanding.get(), text);
    }

    /** Example questions that work on the schedule in service. */
    public List<String> examples() {
        return understanding.get().answerer().examples();
    }

    private static Question understand(Understanding u, String typed) {
        String text = typed == null ? "" : typed;
        if (text.length() > QuestionText.MAX_LENGTH) {
            return parse(u, text); // rare, and as memo keys such texts would hold much memory
        }
        return u.memo().get(text, t -> parse(u, t));
    }

    private static Question parse(Understanding u, String typed) {
        Optional<Question.SmallTalk> smallTalk = SmallTalkPhrases.recognize(typed);
        if (smallTalk.isPresent()) {
            return smallTalk.get();
        }
        String normalized = QuestionText.normalize(typed);
        return u.agenda().recognize(normalized).orElseGet(() -> u.parser().parse(normalized));
    }

    private Understanding understand(Schedule schedule) {
        Cache<String, Question> memo = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .maximumSize(options.understoodQuestionsCached())
                .build();
        return new Understanding(schedule, new AgendaQuestions(schedule), new OrganizerCommands(schedule),
                new QuestionParser(schedule),
                new Answerer(schedule), memo);
    }
}
