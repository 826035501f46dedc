package dev.emcee.sources;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A schedule publisher on 127.0.0.1 that answers like pretalx: ETag, Last-Modified, 304, or a failure on demand. */
final class FakeScheduleServer implements AutoCloseable {
    /** What the last requests asked for: their If-None-Match header, or "" when none. */
    final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private volatile String body = "";
    private volatile String etag = "\"v0\"";
    private volatile int failWith;

    FakeScheduleServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/schedule.xml", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/schedule.xml");
    }

    /** Serves a new version from now on. */
    void publish(String newBody, String newEtag) {
        this.body = newBody;
        this.etag = newEtag;
    }

    /** Answers every request with this status until {@link #recover()}. */
    void failWith(int status) {
        this.failWith = status;
    }

    void recover() {
        this.failWith = 0;
    }

    int requests() {
        return ifNoneMatch.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String condition = exchange.getRequestHeaders().getFirst("If-None-Match");
        ifNoneMatch.add(condition == null ? "" : condition);
        if (failWith != 0) {
            send(exchange, failWith, "<html>Internal Server Error</html>");
        } else if (etag.equals(condition)) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
        } else {
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.getResponseHeaders().add("Last-Modified", "Sat, 27 Dec 2025 08:00:00 GMT");
            send(exchange, 200, body);
        }
    }

    private static void send(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A one-event schedule.xml whose event has this title. */
    static String scheduleXml(String... titles) {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < titles.length; i++) {
            events.append("      <event id=\"").append(100 + i).append("\"><date>2025-12-27T1").append(i)
                    .append(":00:00+01:00</date><duration>00:45</duration><room>Fuse</room><title>")
                    .append(titles[i]).append("</title></event>\n");
        }
        return "<schedule>\n  <conference><title>Test Congress</title>"
                + "<time_zone_name>Europe/Berlin</time_zone_name></conference>\n"
                + "  <day date=\"2025-12-27\" index=\"1\">\n    <room name=\"Fuse\">\n" + events
                + "    </room>\n  </day>\n</schedule>\n";
    }
}
