package dev.emcee.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.organize.BroadcastStore;
import dev.emcee.core.organize.PendingBroadcast;
import dev.emcee.core.schedule.RoomId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Organizers' announcements on one real PostgreSQL server: two instances confirm at once, one posts. */
@Timeout(120)
class JdbcBroadcastStorePostgresTest {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();
    private static final Instant AT = Instant.parse("2018-06-14T19:00:00Z");

    @TempDir
    Path unused;
    private final List<AnnouncementDatabase> open = new ArrayList<>();

    @AfterEach
    void close() {
        open.forEach(AnnouncementDatabase::close);
    }

    private BroadcastStore instance() {
        AnnouncementDatabase database = AnnouncementDatabase.open(POSTGRES.settings(), unused);
        open.add(database);
        return new JdbcBroadcastStore(database);
    }

    @Test
    void twoInstancesConfirmingTogetherPostItOnce() throws Exception {
        BroadcastStore a = instance();
        BroadcastStore b = instance();
        a.hold(new PendingBroadcast("id-1", "Lunch is served in the atrium", "slack:U0RG", AT));
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Optional<PendingBroadcast>>> takes = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                BroadcastStore store = i % 2 == 0 ? a : b;
                takes.add(() -> store.take("id-1", "slack:U0RG", AT.plusSeconds(5), AT.minusSeconds(900)));
            }
            long taken = 0;
            for (Future<Optional<PendingBroadcast>> f : both.invokeAll(takes)) {
                taken += f.get().map(p -> 1).orElse(0);
            }
            assertThat(taken).isEqualTo(1);
        } finally {
            both.shutdownNow();
        }
    }

    @Test
    void anExpiredPreviewIsNotTaken() {
        BroadcastStore a = instance();
        a.hold(new PendingBroadcast("id-2", "Free beer", "discord:42", AT));
        Instant later = AT.plus(Duration.ofMinutes(16));
        assertThat(a.take("id-2", "discord:42", later, later.minus(Duration.ofMinutes(15)))).isEmpty();
        assertThat(a.take("id-3", "discord:42", AT, AT)).isEmpty();
        a.hold(new PendingBroadcast("id-4", "Keynote moved", "discord:42", AT));
        assertThat(a.take("id-4", "discord:42", AT, AT.minusSeconds(1))).get()
                .satisfies(p -> assertThat(p.text()).isEqualTo("Keynote moved"));
    }

    @Test
    void theRoomsOfAnAnnouncementAreKeptForWhicheverInstanceConfirms() {
        instance().hold(new PendingBroadcast("id-5", "Doors close", "slack:U0RG", AT,
                List.of(new RoomId("ll21ab"), new RoomId("ll20d"))));
        assertThat(instance().take("id-5", "slack:U0RG", AT, AT.minusSeconds(1))).get()
                .satisfies(p -> assertThat(p.rooms()).containsExactly(new RoomId("ll21ab"), new RoomId("ll20d")));
        instance().hold(new PendingBroadcast("id-6", "Lunch", "slack:U0RG", AT));
        assertThat(instance().take("id-6", "slack:U0RG", AT, AT.minusSeconds(1))).get()
                .satisfies(p -> assertThat(p.rooms()).isEmpty());
    }
}
