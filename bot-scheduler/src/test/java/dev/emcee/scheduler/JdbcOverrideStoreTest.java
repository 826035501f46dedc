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
import org.junit.jupiter.api.io.TempDir;

/** The organizers' overlay in the embedded H2 database, migrated as Emcee migrates it; kept through a restart. */
@Timeout(60)
class JdbcOverrideStoreTest extends OverrideStoreContract {
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
    protected OverrideStore store() {
        return new JdbcOverrideStore(database());
    }

    @Test
    void theOverlaySurvivesARestart() {
        Instant start = Instant.parse("2018-06-14T23:00:00Z");
        new JdbcOverrideStore(database()).add(new SessionChange(new SessionId("kyle"), SessionChange.Kind.MOVE, start,
                start.plusSeconds(2400), new RoomId("ll21ab")), "console:operator", start);
        database().close();
        open.clear();

        assertThat(new JdbcOverrideStore(database()).all()).singleElement()
                .satisfies(e -> assertThat(e.change().start()).isEqualTo(start));
    }

    @Test
    void anUnreadableDatabaseKeepsTheOverlayReadBefore() {
        JdbcOverrideStore store = new JdbcOverrideStore(database());
        Instant start = Instant.parse("2018-06-14T23:00:00Z");
        store.add(new SessionChange(new SessionId("kyle"), SessionChange.Kind.MOVE, start, start.plusSeconds(2400),
                new RoomId("ll21ab")), "console:operator", start);
        assertThat(store.all()).hasSize(1);
        database().close();

        try (var log = dev.emcee.core.testing.LogCapture.of(JdbcOverrideStore.class)) {
            assertThat(store.all()).hasSize(1);
            assertThat(log.problems()).singleElement().asString().contains("Could not read the organizers' changes");
        }
    }
}
