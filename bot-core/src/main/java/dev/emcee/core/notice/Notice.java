package dev.emcee.core.notice;

/**
 * Something Emcee posts on its own initiative (not a reply): an announcement that sessions are about to start,
 * a notice that the schedule changed, or a personal reminder (sent by direct message). Each platform renders every kind natively through {@link NoticeVisitor}.
 */
public sealed interface Notice permits SessionsStarting, ScheduleChanged, SessionReminder, Broadcast {
    <R> R accept(NoticeVisitor<R> visitor);
}
