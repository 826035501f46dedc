package dev.emcee.core.notice;

/**
 * Something Emcee posts on its own initiative (not a reply): an announcement that sessions are about to start,
 * or a notice that the schedule changed. Each platform renders every kind natively through {@link NoticeVisitor}.
 */
public sealed interface Notice permits SessionsStarting, ScheduleChanged {
    <R> R accept(NoticeVisitor<R> visitor);
}
