package dev.emcee.core.question;

import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.SessionId;
import java.util.List;
import java.util.Optional;

/**
 * Finds the one session a phrase means ("Kyle Kingsbury's talk", "the Netflix talk", "the 3:40 session"), as the
 * agenda's "remind me about ..." does, for callers outside question understanding (organizers' commands).
 * Built once per schedule; pure.
 */
public final class SessionReferences {
    private final SessionFinder finder;

    public SessionReferences(Schedule schedule) {
        this.finder = new SessionFinder(schedule);
    }

    /**
     * What a phrase refers to: exactly one session, or the candidates when several match, or close names when none.
     *
     * @param candidates descriptions of the matching sessions when several do ("label (when, where)")
     * @param closeNames speakers' names close to the words, when nothing matched
     */
    public record Found(Optional<SessionId> session, List<String> candidates, List<String> closeNames) {
        public Found {
            candidates = List.copyOf(candidates);
            closeNames = List.copyOf(closeNames);
        }
    }

    /** The session {@code phrase} (normalized, see {@link QuestionText#normalize}) refers to. */
    public Found find(String phrase) {
        String what = phrase.replaceAll("^(?:it|that|this|the|a|my)\\s+", "").strip();
        SessionFinder.Found found = finder.find(what);
        if (found instanceof SessionFinder.One one) {
            return new Found(Optional.of(one.session().id()), List.of(), List.of());
        }
        if (found instanceof SessionFinder.Several several) {
            return new Found(Optional.empty(), several.descriptions(), List.of());
        }
        return new Found(Optional.empty(), List.of(), ((SessionFinder.None) found).closeNames());
    }
}
