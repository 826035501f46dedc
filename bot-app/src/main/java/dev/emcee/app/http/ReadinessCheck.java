package dev.emcee.app.http;

/** One thing that must be ready before Emcee reports ready: the schedule, a platform, the scheduler. */
public interface ReadinessCheck {
    /** A short name used in the {@code /readyz} body, such as "slack". */
    String name();

    /** Empty when ready; else what is not ready, for the operator ("not connected: token rejected"). */
    java.util.Optional<String> problem();
}
