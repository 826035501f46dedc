package dev.emcee.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.testing.FakeTicker;
import dev.emcee.core.testing.LogCapture;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.ScheduleLoadException;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Sources refreshed through Caffeine on a fake ticker, synchronously, against a local server and real files. */
@Timeout(30)
class ScheduleSourcesTest {
    private static final Duration URLS = Duration.ofMinutes(5);
    private static final Duration FILES = Duration.ofSeconds(2);

    @TempDir
    Path data;

    private final FakeTicker ticker = new FakeTicker();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Schedule> replacements = new ArrayList<>();
    private FakeScheduleServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private ScheduleSources sources(String... locations) {
        SourceSettings settings = SourceSettings.defaults().withRefresh(URLS, FILES).withDataFolder(data)
                .withBaseFolder(data);
        return new ScheduleSources(java.util.Arrays.stream(locations).map(ScheduleSource::parse).toList(), settings,
                http, Clock.fixed(Instant.parse("2025-12-27T08:00:00Z"), ZoneOffset.UTC), ticker, Runnable::run);
    }

    private CurrentSchedule serve(ScheduleSources sources) throws ScheduleLoadException {
        CurrentSchedule current = new CurrentSchedule(sources.load().schedule());
        current.addListener((previous, next) -> replacements.add(next));
        sources.publishTo(current);
        return current;
    }

    private static List<String> titles(Schedule schedule) {
        return schedule.sessions().stream().map(Session::title).flatMap(Optional::stream).toList();
    }

    @Test
    void urlIsAskedAgainConditionallyAndANewVersionIsPublished() throws Exception {
        server = new FakeScheduleServer();
        server.publish(FakeScheduleServer.scheduleXml("First"), "\"a\"");
        ScheduleSources sources = sources(server.uri().toString());
        CurrentSchedule current = serve(sources);
        assertThat(titles(current.get())).containsExactly("First");

        ticker.advance(URLS.minusSeconds(1));
        sources.poll();
        assertThat(server.requests()).as("not due yet").isEqualTo(1);

        ticker.advance(Duration.ofSeconds(2));
        sources.poll();
        assertThat(server.ifNoneMatch).containsExactly("", "\"a\"");
        assertThat(replacements).as("304 changes nothing").isEmpty();

        server.publish(FakeScheduleServer.scheduleXml("First", "Second"), "\"b\"");
        ticker.advance(URLS.plusSeconds(1));
        sources.poll();
        assertThat(replacements).hasSize(1);
        assertThat(titles(current.get())).containsExactly("First", "Second");
    }

    @Test
    void a500KeepsTheLastGoodScheduleUntilThe200() throws Exception {
        server = new FakeScheduleServer();
        server.publish(FakeScheduleServer.scheduleXml("First"), "\"a\"");
        ScheduleSources sources = sources(server.uri().toString());
        CurrentSchedule current = serve(sources);

        server.publish(FakeScheduleServer.scheduleXml("Changed"), "\"b\"");
        server.failWith(500);
        ticker.advance(URLS.plusSeconds(1));
        try (LogCapture log = LogCapture.of(SourceLoading.class)) {
            sources.poll();
            assertThat(log.problems()).singleElement().asString().contains("HTTP 500")
                    .contains("the last good schedule stays in service");
        }
        assertThat(replacements).isEmpty();
        assertThat(titles(current.get())).containsExactly("First");

        server.recover();
        ticker.advance(URLS.plusSeconds(1));
        sources.poll();
        assertThat(titles(current.get())).containsExactly("Changed");
    }

    @Test
    void aBrokenNewVersionKeepsTheLastGoodSchedule() throws Exception {
        server = new FakeScheduleServer();
        server.publish(FakeScheduleServer.scheduleXml("First"), "\"a\"");
        ScheduleSources sources = sources(server.uri().toString());
        CurrentSchedule current = serve(sources);

        String whole = FakeScheduleServer.scheduleXml("Second");
        server.publish(whole.substring(0, whole.length() / 2), "\"broken\"");
        ticker.advance(URLS.plusSeconds(1));
        try (LogCapture log = LogCapture.of(SourceLoading.class)) {
            sources.poll();
            assertThat(log.problems()).singleElement().asString().contains("changed but cannot be used")
                    .contains("not well-formed XML");
        }
        assertThat(replacements).isEmpty();
        assertThat(titles(current.get())).containsExactly("First");
    }

    @Test
    void anUnreachableUrlWithoutAKeptCopyIsAClearError() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/schedule.xml";
        assertThatThrownBy(() -> sources(url).load()).isInstanceOf(ScheduleLoadException.class)
                .hasMessageContaining("cannot connect to " + url)
                .hasMessageContaining("no earlier copy is kept");
    }

    @Test
    void whenTheUrlIsDownAtStartTheKeptCopyIsUsed() throws Exception {
        server = new FakeScheduleServer();
        server.publish(FakeScheduleServer.scheduleXml("Kept"), "\"a\"");
        sources(server.uri().toString()).load();
        server.failWith(503);

        LoadedSchedule loaded;
        try (LogCapture log = LogCapture.of(SourceLoading.class)) {
            loaded = sources(server.uri().toString()).load();
            assertThat(log.problems()).singleElement().asString().contains("using the copy kept from")
                    .contains("HTTP 503");
        }
        assertThat(titles(loaded.schedule())).containsExactly("Kept");
        assertThat(loaded.warnings()).anyMatch(p -> p.message().contains("using the copy kept from")
                && p.message().contains("HTTP 503"));
    }

    @Test
    void aChangedFileIsReloadedAndABrokenOneIsNot() throws Exception {
        Path file = data.resolve("schedule.xml");
        Files.writeString(file, FakeScheduleServer.scheduleXml("First"));
        ScheduleSources sources = sources("schedule.xml");
        CurrentSchedule current = serve(sources);

        Files.writeString(file, "<schedule><conference>");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        ticker.advance(FILES.plusSeconds(1));
        try (LogCapture log = LogCapture.of(SourceLoading.class)) {
            sources.poll();
            assertThat(log.problems()).singleElement().asString()
                    .startsWith("schedule.xml changed but cannot be used").contains("schedule.xml:1");
        }
        assertThat(replacements).isEmpty();

        Files.writeString(file, FakeScheduleServer.scheduleXml("First", "Added"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:01:00Z")));
        ticker.advance(FILES.plusSeconds(1));
        sources.poll();
        assertThat(replacements).hasSize(1);
        assertThat(titles(current.get())).containsExactly("First", "Added");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithoutReadingIt() throws Exception {
        try (RandomAccessFile big = new RandomAccessFile(data.resolve("big.xml").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        assertThatThrownBy(() -> sources("big.xml").load()).hasMessageContaining("50.0 MB");
    }

    @Test
    void severalSourcesAreMergedAndCollidingIdsReported() throws Exception {
        Files.writeString(data.resolve("talks.xml"), FakeScheduleServer.scheduleXml("Talk A", "Talk B"));
        Files.writeString(data.resolve("workshops.xml"), FakeScheduleServer.scheduleXml("Workshop", "Clash")
                .replace("Fuse", "Workshop Room").replace("id=\"100\"", "id=\"200\""));
        LoadedSchedule merged = sources("talks.xml", "workshops.xml").load();
        assertThat(titles(merged.schedule())).containsExactly("Talk A", "Workshop", "Talk B");
        assertThat(merged.warnings()).anyMatch(p -> p.source().equals("workshops.xml")
                && p.message().contains("session id '101' is also used by talks.xml"));
        assertThat(merged.schedule().rooms()).extracting(r -> r.name()).containsExactly("Fuse", "Workshop Room");
    }

    @Test
    void aMissingFileNamesWhereItLooked() {
        assertThatThrownBy(() -> sources("nowhere.xml").load()).hasMessageContaining("no such file")
                .hasMessageContaining(data.resolve("nowhere.xml").toString());
    }
}
