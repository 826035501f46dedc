package dev.emcee.core.organize;

import dev.emcee.core.answer.SessionLabels;
import dev.emcee.core.answer.TimeTexts;
import dev.emcee.core.notice.Broadcast;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The morning agenda: on each day of the conference that has sessions, at a set local time, a digest of that day's
 * sessions for the digest channels. Pure: the caller asks at any moment which day is due and claims that day once.
 */
public final class MorningAgenda {
    /** How late the agenda may still be posted (Emcee was down at the set time): after that, the day is skipped. */
    public static final Duration WINDOW = Duration.ofMinutes(30);

    private final LocalTime at;

    /** @param at the conference-local time of day to post it */
    public MorningAgenda(LocalTime at) {
        this.at = Objects.requireNonNull(at, "at");
    }

    /** The day whose agenda is due at {@code now}: its set time has come, less than {@link #WINDOW} ago. */
    public Optional<LocalDate> dueDay(Schedule schedule, Instant now) {
        ZoneId zone = schedule.zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant moment = today.atTime(at).atZone(zone).toInstant();
        boolean due = !now.isBefore(moment) && now.isBefore(moment.plus(WINDOW));
        return due && !sessionsOn(schedule, today).isEmpty() ? Optional.of(today) : Optional.empty();
    }

    /** The agenda of {@code day}: a heading with the day, then one line per session in time order. */
    public Broadcast notice(Schedule schedule, LocalDate day, Instant now) {
        ZoneId zone = schedule.zone();
        List<Session> sessions = sessionsOn(schedule, day);
        String lines = sessions.stream().map(s -> TimeTexts.range(s.start(), s.end(), zone) + " · "
                + schedule.roomName(s.room()) + " · " + SessionLabels.label(s, schedule))
                .collect(Collectors.joining("\n"));
        return new Broadcast("Today at " + schedule.conference().name() + ", " + TimeTexts.day(day) + " ("
                + sessions.size() + (sessions.size() == 1 ? " session)" : " sessions)"), lines, now, zone);
    }

    private static List<Session> sessionsOn(Schedule schedule, LocalDate day) {
        ZoneId zone = schedule.zone();
        return schedule.sessions().stream().filter(s -> s.start().atZone(zone).toLocalDate().equals(day)).toList();
    }
}
