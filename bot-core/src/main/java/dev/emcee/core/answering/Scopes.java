package dev.emcee.core.answering;

import dev.emcee.core.question.Scope;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Track;
import java.util.List;

/** Filters sessions by a {@link Scope} and names the scope for people. */
final class Scopes {
    private final Schedule schedule;

    Scopes(Schedule schedule) {
        this.schedule = schedule;
    }

    boolean contains(Scope scope, Session session) {
        if (scope instanceof Scope.InRoom in) {
            return session.room().equals(in.room());
        }
        if (scope instanceof Scope.InTrack in) {
            return session.track().filter(in.track()::equals).isPresent();
        }
        return true;
    }

    /** The sessions of the scope, in time order, from the schedule's indexes. */
    List<Session> sessions(Scope scope) {
        if (scope instanceof Scope.InRoom in) {
            return schedule.sessionsIn(in.room());
        }
        if (scope instanceof Scope.InTrack in) {
            return schedule.sessionsInTrack(in.track());
        }
        return schedule.sessions();
    }

    /** Where the answer looked, as a phrase: "in LL21 A/B", "in the Distributed Systems track", "at the conference". */
    String label(Scope scope) {
        if (scope instanceof Scope.InRoom in) {
            return "in " + schedule.roomName(in.room());
        }
        if (scope instanceof Scope.InTrack in) {
            return "in the " + schedule.track(in.track()).map(Track::name).orElse(in.track().value()) + " track";
        }
        return "at the conference";
    }

    /** " in LL21 A/B", " in the Distributed Systems track", or nothing. */
    String suffix(Scope scope) {
        return scope instanceof Scope.Everywhere ? "" : " " + label(scope);
    }

    /** Whether intermissions (breaks, meals) belong in "next" and "now" answers for this scope. */
    boolean includesIntermissions(Scope scope) {
        return scope instanceof Scope.InRoom;
    }
}
