package dev.emcee.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.InboundClaims;
import dev.emcee.core.InboundKey;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.testing.InboundClaimsContract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Inbound claims in the embedded H2 database, migrated as Emcee migrates it: one instance, restarts. */
@Timeout(60)
class JdbcInboundClaimsTest extends InboundClaimsContract {
    @TempDir
    Path data;
    private final List<AnnouncementDatabase> open = new ArrayList<>();

    @AfterEach
    void close() {
        open.forEach(AnnouncementDatabase::close);
    }

    private AnnouncementDatabase database() {
        if (open.isEmpty()) {
            open.add(AnnouncementDatabase.open(DatabaseSettings.embedded(), data));
        }
        return open.get(0);
    }

    @Override
    protected InboundClaims claims(Clock clock, Duration retention) {
        return new JdbcInboundClaims(database().dataSource(), "instance-a", clock, retention);
    }

    @Test
    void twoStoresOnOneDatabaseLetOneOfThemWin() {
        InboundClaims a = new JdbcInboundClaims(database(), "instance-a", clock);
        InboundClaims b = new JdbcInboundClaims(database(), "instance-b", clock);
        InboundKey message = new InboundKey(Platform.DISCORD, "message", "700");

        assertThat(b.claim(message)).isTrue();
        assertThat(a.claim(message)).isFalse();
        assertThat(b.claim(message)).isFalse();
    }

    @Test
    void oldClaimsAreDeletedSoTheTableHoldsOnlyAnHour() throws Exception {
        InboundClaims claims = new JdbcInboundClaims(database(), "instance-a", clock);
        for (int i = 0; i < 3; i++) {
            claims.claim(new InboundKey(Platform.SLACK, "event", "Ev" + i));
        }
        clock.advance(Duration.ofMinutes(61));
        claims.claim(new InboundKey(Platform.SLACK, "event", "Ev3"));

        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void aClaimSurvivesARestartOfTheInstance() {
        InboundKey event = new InboundKey(Platform.SLACK, "event", "Ev0PV52K21");
        assertThat(new JdbcInboundClaims(database(), "instance-a", clock).claim(event)).isTrue();
        database().close();
        open.clear();

        assertThat(new JdbcInboundClaims(database(), "instance-a", clock).claim(event))
                .as("Slack's retry after the restart").isFalse();
    }

    private int rows() throws Exception {
        try (Connection c = database().dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM inbound_claim")) {
            r.next();
            return r.getInt(1);
        }
    }
}
