package dev.emcee.core.schedule;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedule in service, replaced whole when a source reloads.
 *
 * <p>Readers always see one complete schedule. A source that fails to load simply does not call
 * {@link #replace(Schedule)}, so the last good schedule stays in service.
 */
public final class CurrentSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(CurrentSchedule.class);

    private final AtomicReference<Schedule> schedule;
    private final List<ScheduleListener> listeners = new CopyOnWriteArrayList<>();

    public CurrentSchedule(Schedule initial) {
        this.schedule = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /** The schedule in service now. */
    public Schedule get() {
        return schedule.get();
    }

    /** Puts {@code next} in service and tells every listener; a listener that throws does not stop the others. */
    public void replace(Schedule next) {
        Schedule previous = schedule.getAndSet(Objects.requireNonNull(next, "next"));
        for (ScheduleListener listener : listeners) {
            try {
                listener.scheduleChanged(previous, next);
            } catch (RuntimeException e) {
                LOG.error("A schedule listener failed after a reload: {}", e.toString(), e);
            }
        }
    }

    /** Registers a listener for later replacements. */
    public void addListener(ScheduleListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }
}
