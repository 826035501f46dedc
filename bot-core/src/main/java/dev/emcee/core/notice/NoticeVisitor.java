package dev.emcee.core.notice;

/** One method per kind of {@link Notice}, so that no platform can forget a kind. */
public interface NoticeVisitor<R> {
    R sessionsStarting(SessionsStarting notice);

    R scheduleChanged(ScheduleChanged notice);

    R sessionReminder(SessionReminder notice);

    R broadcast(Broadcast notice);
}
