package dev.emcee.scheduler;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Two instances with different platforms on one embedded PostgreSQL, clustered as on a shared deployment. */
class InstancesWithDifferentPlatformsPostgresTest extends InstancesWithDifferentPlatformsContract {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @Override
    DatabaseSettings settings() {
        return POSTGRES.settings();
    }
}
