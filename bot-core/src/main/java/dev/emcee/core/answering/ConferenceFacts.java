package dev.emcee.core.answering;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.ShortReply;
import dev.emcee.core.answer.TimeTexts;
import dev.emcee.core.question.Question;
import dev.emcee.core.schedule.Conference;
import dev.emcee.core.schedule.ConferenceDates;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Speaker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Short replies: the one fact asked about the conference (when it starts or ends, where it is), small talk, and
 * the rooms and companies the schedule does not have.
 */
final class ConferenceFacts {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);
    private static final int ROOMS_NAMED = 12;

    private final Schedule schedule;
    /** The companies of the schedule's people, most people first: worked out once, not per question. */
    private final List<String> companiesByPeople;

    ConferenceFacts(Schedule schedule) {
        this.schedule = schedule;
        Map<String, Long> people = schedule.speakers().stream().map(Speaker::affiliation).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        this.companiesByPeople = people.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    Answer fact(Question.ConferenceFact.Fact fact, Instant now) {
        return switch (fact) {
            case START -> new ShortReply(start(now));
            case END -> new ShortReply(end(now));
            case PLACE -> new ShortReply(place());
        };
    }

    Answer smallTalk(Question.SmallTalk talk) {
        String name = schedule.conference().name();
        return new ShortReply(switch (talk.kind()) {
            case GREETING -> (talk.greeting().equals("👋") ? "👋 Hi" : talk.greeting()) + "! I'm Emcee, the assistant for "
                    + name + ". Ask me \"what's next?\", or say \"help\" to see what else I can answer.";
            case THANKS -> "You're welcome! Enjoy " + name + ".";
            case GOODBYE -> "Bye! Enjoy " + name + ".";
        });
    }

    Answer notOnSchedule(Question.NotOnSchedule q) {
        return switch (q.kind()) {
            case ROOM -> noSuchRoom(q.name());
            case COMPANY -> nobodyFrom(q.name());
        };
    }

    private String start(Instant now) {
        Conference c = schedule.conference();
        Optional<ConferenceDates> first = c.dates().stream().min(Comparator.comparing(ConferenceDates::from));
        Optional<Session> firstSession = schedule.sessions().stream().findFirst();
        StringBuilder out = new StringBuilder(c.name());
        if (first.isPresent()) {
            out.append(verb(first.get().from().atStartOfDay(schedule.zone()).toInstant(), now, " starts", " started"))
                    .append(" on ").append(DATE.format(first.get().from()));
            if (c.dates().size() > 1) {
                out.append(" (").append(first.get().label()).append(')');
            }
            firstSession.ifPresent(s -> out.append("; the first session on the schedule")
                    .append(verb(s.start(), now, " starts", " started")).append(" at ").append(clockAndDay(s.start(),
                            first.get().from())));
        } else if (firstSession.isPresent()) {
            Session s = firstSession.get();
            out.append(": the first session on the schedule").append(verb(s.start(), now, " starts", " started"))
                    .append(" at ").append(clockAndDay(s.start(), null));
        } else {
            return "The schedule of " + c.name() + " has no dates and no sessions yet.";
        }
        return out.append('.').toString();
    }

    private String end(Instant now) {
        Conference c = schedule.conference();
        Optional<ConferenceDates> last = c.dates().stream().max(Comparator.comparing(ConferenceDates::to));
        Optional<Instant> lastEnd = schedule.sessions().stream().map(Session::end).max(Comparator.naturalOrder());
        StringBuilder out = new StringBuilder(c.name());
        if (last.isPresent()) {
            LocalDate day = last.get().to();
            out.append(verb(day.plusDays(1).atStartOfDay(schedule.zone()).toInstant(), now, " ends", " ended"))
                    .append(" on ").append(DATE.format(day));
            lastEnd.ifPresent(e -> out.append("; the last session on the schedule").append(verb(e, now, " ends",
                    " ended")).append(" at ").append(clockAndDay(e, day)));
        } else if (lastEnd.isPresent()) {
            out.append(": the last session on the schedule").append(verb(lastEnd.get(), now, " ends", " ended"))
                    .append(" at ").append(clockAndDay(lastEnd.get(), null));
        } else {
            return "The schedule of " + c.name() + " has no dates and no sessions yet.";
        }
        return out.append('.').toString();
    }

    private String place() {
        Conference c = schedule.conference();
        String where = c.venue().map(v -> c.name() + " is in " + v + ".")
                .orElse("The schedule does not say where " + c.name() + " is.");
        List<Room> rooms = schedule.rooms();
        if (rooms.isEmpty()) {
            return where;
        }
        if (rooms.size() <= ROOMS_NAMED) {
            return where + " Its sessions are in " + roomNames(rooms) + ".";
        }
        return where + " Its sessions are in " + rooms.size() + " rooms; ask \"rooms\" for the list.";
    }

    private Answer noSuchRoom(String name) {
        List<Room> rooms = schedule.rooms();
        String message = "There is no room " + name + " on the schedule; "
                + (rooms.size() == 1 ? "the only room is " + rooms.get(0).name() + "."
                        : rooms.size() <= ROOMS_NAMED ? "the rooms are " + roomNames(rooms) + "."
                                : "it has " + rooms.size() + " rooms.");
        List<String> suggestions = rooms.size() <= ROOMS_NAMED
                ? rooms.stream().map(r -> "what's next in " + r.name() + "?").limit(3).toList()
                : List.of("rooms");
        return new NoMatch(message, suggestions);
    }

    private Answer nobodyFrom(String name) {
        List<String> suggestions = companiesByPeople.stream().limit(3).map(c -> "who's from " + c + "?").toList();
        return new NoMatch("Nobody from " + capitalized(name) + " is on the schedule. People on it are from "
                + companiesByPeople.size() + (companiesByPeople.size() == 1 ? " company" : " companies")
                + ", for example:", suggestions);
    }

    private static String roomNames(List<Room> rooms) {
        List<String> names = rooms.stream().map(Room::name).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** "5:15pm PDT", with the day when it is not {@code day}. */
    private String clockAndDay(Instant instant, LocalDate day) {
        String clock = TimeTexts.clock(instant, schedule.zone()) + " "
                + TimeTexts.zoneAbbreviation(instant, schedule.zone());
        LocalDate on = instant.atZone(schedule.zone()).toLocalDate();
        return on.equals(day) ? clock : clock + " on " + TimeTexts.day(on);
    }

    private static String verb(Instant moment, Instant now, String future, String past) {
        return moment.isAfter(now) ? future : past;
    }

    private static String capitalized(String words) {
        return Arrays.stream(words.split(" "))
                .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }
}
