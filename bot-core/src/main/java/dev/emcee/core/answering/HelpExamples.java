package dev.emcee.core.answering;

import dev.emcee.core.answer.TimeTexts;
import dev.emcee.core.question.Words;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Example questions that work on the loaded schedule, for help and for "did you mean". */
final class HelpExamples {
    private HelpExamples() {
    }

    static List<String> of(Schedule schedule) {
        List<String> examples = new ArrayList<>();
        examples.add("what's next?");
        Optional<Session> first = schedule.sessions().stream().filter(s -> !s.kind().isIntermission()).findFirst();
        first.ifPresent(s -> examples.add("what's next in " + schedule.roomName(s.room())));
        examples.add("what's on now?");
        schedule.sessions().stream().skip(schedule.sessions().size() / 2).findFirst()
                .ifPresent(s -> examples.add("what's on at " + TimeTexts.clock(s.start(), schedule.zone())));
        schedule.sessions().stream().findFirst().ifPresent(s -> examples.add(
                s.start().atZone(schedule.zone()).getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.US).toLowerCase(java.util.Locale.ROOT) + "'s agenda"));
        schedule.sessions().stream().flatMap(s -> schedule.speakersOf(s).stream()).findFirst()
                .ifPresent(p -> examples.add("who is " + p.name()));
        topicWord(schedule).ifPresent(w -> examples.add("anything on " + w + "?"));
        schedule.speakers().stream().map(Speaker::affiliation).flatMap(Optional::stream).findFirst()
                .ifPresent(a -> examples.add("who's from " + a));
        schedule.sessions().stream().map(Session::level).flatMap(Optional::stream).findFirst()
                .ifPresent(l -> examples.add(l.toLowerCase(java.util.Locale.ROOT) + " sessions"));
        if (schedule.sessions().stream().anyMatch(s -> s.rating().isPresent())) {
            examples.add("top rated");
        }
        if (schedule.tracks().stream().anyMatch(t -> !t.hosts().isEmpty())) {
            examples.add("who hosts " + schedule.tracks().stream().filter(t -> !t.hosts().isEmpty()).findFirst()
                    .orElseThrow().name() + "?");
        }
        examples.add("when and where is the conference?");
        return examples;
    }

    /** A meaningful word from the first session's topic or title. */
    private static Optional<String> topicWord(Schedule schedule) {
        for (Session session : schedule.sessions()) {
            List<String> texts = new ArrayList<>(session.topics());
            session.title().ifPresent(texts::add);
            for (String text : texts) {
                for (String token : Words.tokens(text)) {
                    if (token.length() >= 5 && !Words.isStopWord(token)) {
                        return Optional.of(token);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
