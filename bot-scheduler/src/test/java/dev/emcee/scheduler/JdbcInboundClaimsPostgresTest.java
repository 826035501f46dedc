package dev.emcee.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.InboundClaims;
import dev.emcee.core.InboundKey;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.testing.InboundClaimsContract;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Inbound claims on one real PostgreSQL server shared by two instances (two pools, as two processes have). */
@Timeout(120)
class JdbcInboundClaimsPostgresTest extends InboundClaimsContract {
    private static EmbeddedPostgres postgres;

    @TempDir
    Path unused;
    private final List<AnnouncementDatabase> open = new ArrayList<>();

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void emptyDatabase() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }

    @AfterEach
    void close() {
        open.forEach(AnnouncementDatabase::close);
    }

    private AnnouncementDatabase instance() {
        AnnouncementDatabase database = AnnouncementDatabase.open(new DatabaseSettings(
                postgres.getJdbcUrl("postgres", "postgres"), "postgres", null), unused);
        open.add(database);
        return database;
    }

    @Override
    protected InboundClaims claims(Clock clock, Duration retention) {
        return new JdbcInboundClaims(instance().dataSource(), "instance-a", clock, retention);
    }

    @Test
    void twoInstancesClaimingTheSameDeliveriesAtOnceAnswerEachExactlyOnce() throws Exception {
        InboundClaims a = new JdbcInboundClaims(instance(), "instance-a", clock);
        InboundClaims b = new JdbcInboundClaims(instance(), "instance-b", clock);
        int deliveries = 200;
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> wins = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                InboundKey key = new InboundKey(Platform.DISCORD, "message", String.valueOf(700 + i));
                for (InboundClaims instance : List.of(a, b, a, b)) {
                    wins.add(threads.submit((Callable<Boolean>) () -> instance.claim(key)));
                }
            }
            long won = 0;
            for (Future<Boolean> win : wins) {
                won += win.get() ? 1 : 0;
            }
            assertThat(won).as("one winner per delivery among four claims from two instances").isEqualTo(deliveries);
        } finally {
            threads.shutdownNow();
        }
    }
}
