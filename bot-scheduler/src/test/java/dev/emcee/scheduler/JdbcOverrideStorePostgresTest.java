package dev.emcee.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.organize.OverrideStore;
import dev.emcee.core.organize.SessionChange;
import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.testing.OverrideStoreContract;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The organizers' overlay on one real PostgreSQL server, written by one instance and read by another. */
@Timeout(120)
class JdbcOverrideStorePostgresTest extends OverrideStoreContract {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path unused;
    private final List<AnnouncementDatabase> open = new ArrayList<>();

    @AfterEach
    void close() {
        open.forEach(AnnouncementDatabase::close);
    }

    private AnnouncementDatabase instance() {
        AnnouncementDatabase database = AnnouncementDatabase.open(POSTGRES.settings(), unused);
        open.add(database);
        return database;
    }

    @Override
    protected OverrideStore store() {
        return new JdbcOverrideStore(instance());
    }

    @Test
    void oneInstancesChangeIsReadByTheOther() {
        OverrideStore a = new JdbcOverrideStore(instance());
        OverrideStore b = new JdbcOverrideStore(instance());
        Instant start = Instant.parse("2018-06-14T23:00:00Z");
        a.add(new SessionChange(new SessionId("kyle"), SessionChange.Kind.DELAY, start, start.plusSeconds(2400),
                new RoomId("ll21ab")), "slack:U1", start);

        assertThat(b.all()).isEqualTo(a.all()).hasSize(1);
        assertThat(b.undo(b.all().get(0).id(), "discord:42", start)).isTrue();
        assertThat(a.all().get(0).active()).isFalse();
    }
}
