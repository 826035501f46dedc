package dev.emcee.bench.announce;

import dev.emcee.core.announce.AnnouncementSettings;
import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.Conference;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.SessionKind;
import dev.emcee.scheduler.AnnouncementDatabase;
import dev.emcee.scheduler.AnnouncementObserver;
import dev.emcee.scheduler.DatabaseSettings;
import dev.emcee.scheduler.JobPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Announcement skew on the real clock, through the real delivery ({@link JobPipeline}: Quartz on the embedded H2
 * database, as {@code emcee run} uses it with its default tuning). A running announcer is handed a schedule whose
 * sessions start a few seconds ahead, one announcement per room channel, spread over some seconds; the sink notes
 * when each is posted. Prints {@code skew_ms=...} lines: posted minus intended, per announcement.
 */
public final class SkewProbe {
    private static final Duration FIRST = Duration.ofSeconds(4);

    private SkewProbe() {
    }

    /**
     * {@code args[0]}: how many announcements (default 500); {@code args[1]}: over how many seconds they are due
     * (default 10; 1 is a burst, all due at once).
     */
    @SuppressWarnings("try") // the announcer posts on its own threads; the try keeps it running, then stops it
    public static void main(String[] args) throws IOException, InterruptedException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int spread = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path data = Files.createTempDirectory("emcee-skew");
        Clock clock = Clock.systemUTC();
        List<Room> rooms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rooms.add(new Room(new RoomId("r" + i), "Room " + i));
        }
        Map<String, String> channels = rooms.stream()
                .collect(Collectors.toMap(r -> r.id().value(), r -> "C-" + r.id().value()));
        AnnouncementSettings settings = new AnnouncementSettings(true, List.of(Duration.ZERO), null, null, false,
                Map.of("slack", new AnnouncementSettings.PlatformChannels(null, channels, null)));
        Instant later = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        CurrentSchedule schedule = new CurrentSchedule(schedule(rooms.subList(0, 1), later, 1));
        TimingSink sink = new TimingSink(clock, count);
        try (AnnouncementDatabase database = AnnouncementDatabase.open(DatabaseSettings.embedded(), data);
                JobPipeline pipeline = JobPipeline.on(database, schedule, clock)
                        .announcing(settings, List.of(sink), AnnouncementObserver.NONE).start()) {
            Instant start = clock.instant().plus(FIRST).truncatedTo(ChronoUnit.SECONDS);
            schedule.replace(schedule(rooms, start, spread));
            if (!sink.all.await(FIRST.getSeconds() + spread + 120, TimeUnit.SECONDS)) {
                System.out.println("missing=" + sink.all.getCount());
            }
        } finally {
            deleteQuietly(data);
        }
        sink.skews.forEach(ms -> System.out.println("skew_ms=" + ms));
    }

    /** One session per room, the i-th starting i mod {@code spread} seconds after {@code start}. */
    private static Schedule schedule(List<Room> rooms, Instant start, int spread) {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < rooms.size(); i++) {
            Instant at = start.plusSeconds(i % spread);
            sessions.add(new Session(new SessionId("s" + i), Optional.of("Talk " + i), "", at,
                    at.plus(Duration.ofMinutes(30)), rooms.get(i).id(), List.of(), Optional.empty(), Optional.empty(),
                    List.of(), Optional.empty(), Optional.empty(), SessionKind.TALK));
        }
        Conference conference = new Conference("Skew probe", Optional.empty(), Optional.empty(), ZoneOffset.UTC,
                List.of(), Optional.empty());
        return new Schedule(conference, rooms, List.of(), List.of(), sessions);
    }

    /** A Slack stand-in that notes how late each announcement arrives. */
    private static final class TimingSink implements Outbound {
        private final Clock clock;
        private final CountDownLatch all;
        private final List<Double> skews = new CopyOnWriteArrayList<>();

        TimingSink(Clock clock, int expected) {
            this.clock = clock;
            this.all = new CountDownLatch(expected);
        }

        @Override
        public Platform platform() {
            return Platform.SLACK;
        }

        @Override
        public CompletableFuture<Void> send(String userId, Notice notice, DeliveryKey key) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException("the probe sends no DMs"));
        }

        @Override
        public CompletableFuture<Void> post(String channelId, Notice notice, DeliveryKey key) {
            Instant posted = clock.instant();
            if (notice instanceof SessionsStarting starting) {
                Instant intended = starting.sessions().stream().map(SessionCard::start)
                        .min(Comparator.naturalOrder()).orElseThrow();
                skews.add(Duration.between(intended, posted).toNanos() / 1e6);
                all.countDown();
            }
            return CompletableFuture.completedFuture(null);
        }
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
