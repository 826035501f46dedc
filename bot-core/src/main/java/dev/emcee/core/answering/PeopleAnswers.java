package dev.emcee.core.answering;

import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.NoMatch;
import dev.emcee.core.answer.PeopleListing;
import dev.emcee.core.answer.PersonProfile;
import dev.emcee.core.answer.PersonRef;
import dev.emcee.core.answer.SessionListing;
import dev.emcee.core.answer.TimeTexts;
import dev.emcee.core.question.Question;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.core.schedule.SpeakerId;
import dev.emcee.core.schedule.Track;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Answers the questions about people: who is, who's from, who hosts, who speaks. */
final class PeopleAnswers {
    private final Schedule schedule;
    private final CardIndex cards;
    /** Speakers by affiliation exactly as the schedule writes it, in the schedule's order. */
    private final Map<String, List<Speaker>> byAffiliation;
    /** Everyone, by name, with their roles: the answer to "speakers". */
    private final List<PersonRef> everyone;
    /** Each person with an affiliation, with where they speak: the entries of "who's from ...". */
    private final Map<SpeakerId, PersonRef> withSessions = new java.util.HashMap<>();

    PeopleAnswers(Schedule schedule, CardIndex cards) {
        this.schedule = schedule;
        this.cards = cards;
        this.byAffiliation = schedule.speakers().stream().filter(s -> s.affiliation().isPresent())
                .collect(Collectors.groupingBy(s -> s.affiliation().orElseThrow(), LinkedHashMap::new,
                        Collectors.toUnmodifiableList()));
        this.everyone = schedule.speakers().stream()
                .sorted(Comparator.comparing(s -> s.name().toLowerCase(Locale.ROOT)))
                .map(this::ref)
                .toList();
        Map<SessionId, String> speaks = new java.util.HashMap<>();
        byAffiliation.values().forEach(people -> people.forEach(p -> withSessions.put(p.id(),
                refWithSessions(p, speaks))));
    }

    Answer about(Question.AboutPerson q, Instant now) {
        Optional<Speaker> speaker = schedule.speaker(q.speaker());
        if (speaker.isEmpty()) {
            return new NoMatch("That person is no longer on the schedule.", List.of());
        }
        return new PersonProfile(ref(speaker.get()), speaker.get().bio(), cards.of(sessionsOf(speaker.get().id())),
                now);
    }

    Answer fromCompany(Question.FromCompany q, Instant now) {
        List<Speaker> people = from(q.company());
        if (q.sessions()) {
            return new SessionListing("Sessions with speakers from " + q.company(), cards.of(sessionsOf(people)),
                    Optional.empty(),
                    "Nobody from " + q.company() + " speaks in a session.", now);
        }
        return new PeopleListing("From " + q.company(), people.stream().map(p -> withSessions.get(p.id())).toList(),
                "Nobody from " + q.company() + " is on the schedule.");
    }

    Answer hosts(Question.TrackHosts q) {
        List<Track> tracks = q.track().flatMap(schedule::track).map(List::of).orElse(schedule.tracks());
        List<PersonRef> hosts = new ArrayList<>();
        for (Track track : tracks) {
            for (SpeakerId id : track.hosts()) {
                schedule.speaker(id).map(this::ref).filter(p -> !hosts.contains(p)).ifPresent(hosts::add);
            }
        }
        String heading = tracks.size() == 1 ? tracks.get(0).name() + " track hosts" : "Track hosts";
        String empty = tracks.size() == 1 ? "The " + tracks.get(0).name() + " track has no host listed."
                : "No track hosts are listed.";
        return new PeopleListing(heading, hosts, empty);
    }

    Answer speakers() {
        return new PeopleListing("Speakers and hosts (" + everyone.size() + ")", everyone, "No speakers are listed.");
    }

    /** The speakers whose affiliation is {@code company}, ignoring case, in the schedule's order. */
    private List<Speaker> from(String company) {
        List<String> matching = byAffiliation.keySet().stream().filter(a -> a.equalsIgnoreCase(company)).toList();
        if (matching.size() <= 1) {
            return matching.isEmpty() ? List.of() : byAffiliation.get(matching.get(0));
        }
        return schedule.speakers().stream()
                .filter(s -> s.affiliation().filter(a -> a.equalsIgnoreCase(company)).isPresent())
                .toList();
    }

    /** The sessions any of {@code people} speaks in, in time order, each once. */
    private List<Session> sessionsOf(List<Speaker> people) {
        int[] positions = people.stream().flatMap(p -> sessionsOf(p.id()).stream()).mapToInt(cards::position)
                .sorted().distinct().toArray();
        List<Session> all = schedule.sessions();
        return java.util.Arrays.stream(positions).mapToObj(all::get).toList();
    }

    /** The person with their roles: "Distributed Systems track host", "Speaker". */
    PersonRef ref(Speaker speaker) {
        List<String> roles = new ArrayList<>();
        for (Track track : schedule.tracksHostedBy(speaker.id())) {
            roles.add(track.name() + " track host");
        }
        if (!sessionsOf(speaker.id()).isEmpty()) {
            roles.add("Speaker");
        }
        return new PersonRef(speaker.name(), speaker.affiliation(), roles);
    }

    /** The person with roles, and where they speak in place of the bare "Speaker" role. */
    private PersonRef refWithSessions(Speaker speaker, Map<SessionId, String> speaks) {
        List<String> roles = new ArrayList<>();
        for (Track track : schedule.tracksHostedBy(speaker.id())) {
            roles.add(track.name() + " track host");
        }
        for (Session session : sessionsOf(speaker.id())) {
            roles.add(speaks.computeIfAbsent(session.id(), id -> "speaks "
                    + TimeTexts.shortDay(session.start(), schedule.zone()) + ", "
                    + TimeTexts.clock(session.start(), schedule.zone()) + " in " + schedule.roomName(session.room())));
        }
        return new PersonRef(speaker.name(), speaker.affiliation(), roles);
    }

    private List<Session> sessionsOf(SpeakerId id) {
        return schedule.sessionsOf(id);
    }
}
