package dev.emcee.scheduler;

/** Two instances with different platforms on one embedded H2 file (two pools in one JVM). */
class InstancesWithDifferentPlatformsH2Test extends InstancesWithDifferentPlatformsContract {
    @Override
    DatabaseSettings settings() {
        return DatabaseSettings.embedded();
    }
}
