package dev.emcee.sources;

/** Told about every reload of a schedule source, for metrics; must be fast and must not throw. */
@FunctionalInterface
public interface ReloadObserver {
    /** Observes nothing. */
    ReloadObserver NONE = (source, ok) -> { };

    /**
     * @param source the file or URL as configured
     * @param ok true when a new version was put in service, false when it was refused (the last good one stays)
     */
    void reloaded(String source, boolean ok);
}
