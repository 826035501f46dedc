package dev.emcee.app.http;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emcee's HTTP port: {@code /healthz} (alive), {@code /readyz} (every readiness check passes: 200, else 503 with a
 * JSON body saying what is not ready), {@code /metrics} (Prometheus text), and whatever adapters mount (Slack's
 * {@code /slack/events}).
 *
 * <p>The port opens only with {@link #open()}, once every adapter has mounted its path: a request that reaches the
 * port is routed, never answered 404 because its handler is not there yet (Slack showed {@code dispatch_failed} for a
 * slash command in that window). Before it opens, connections are refused, which Slack retries for events.
 */
public final class HttpEndpoint implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpEndpoint.class);
    private static final JsonMapper JSON = new JsonMapper();

    static {
        // The JDK server writes a response's headers and its body separately; with Nagle's algorithm on, the body
        // waits for the client's delayed ACK (40 ms on Linux), so every Slack answer arrived 40 ms late. Responses
        // here are small and complete: send them at once. (Read by the JDK when the first server is created.)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final int configuredPort;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<ReadinessCheck> checks = new CopyOnWriteArrayList<>();
    private final List<String> mounted = new CopyOnWriteArrayList<>();
    private volatile boolean stopping;
    private volatile boolean opened;

    /**
     * Prepares the endpoint for {@code port} (0 picks a free one) on all interfaces; it listens from {@link #open()}.
     *
     * @param metrics the Prometheus text of the metrics registry
     */
    public HttpEndpoint(int port, Supplier<String> metrics) throws IOException {
        this.configuredPort = port;
        this.server = HttpServer.create();
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "emcee-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/healthz", exchange -> respond(exchange, 200, "text/plain", "ok\n"));
        server.createContext("/readyz", this::ready);
        server.createContext("/metrics", exchange -> respond(exchange, 200,
                "text/plain; version=0.0.4; charset=utf-8", metrics.get()));
    }

    /**
     * Opens the port, with every path mounted so far; mount before, not after.
     *
     * @throws IOException when the port cannot be listened on (taken by another process)
     */
    public HttpEndpoint open() throws IOException {
        server.bind(new InetSocketAddress(configuredPort), 64);
        server.start();
        opened = true;
        LOG.info("HTTP on port {}: /healthz, /readyz, /metrics{}", port(), mounted.isEmpty() ? "" : ", " + mounted);
        return this;
    }

    /** The port listened on once open; until then the configured one (0 when a free one will be picked). */
    public int port() {
        InetSocketAddress address = server.getAddress();
        return address == null ? configuredPort : address.getPort();
    }

    /** Adds a check that {@code /readyz} requires. */
    public void require(ReadinessCheck check) {
        checks.add(check);
    }

    /** Serves {@code path} with an adapter's handler, from the moment the port opens. */
    public void mount(String path, HttpHandler handler) {
        server.createContext(path, handler);
        mounted.add(path);
    }

    private void ready(HttpExchange exchange) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode problems = body.putObject("not_ready");
        if (stopping) {
            problems.put("emcee", "shutting down");
        }
        for (ReadinessCheck check : checks) {
            Optional<String> problem;
            try {
                problem = check.problem();
            } catch (RuntimeException e) {
                problem = Optional.of("check failed: " + e.getClass().getSimpleName());
            }
            problem.ifPresent(p -> problems.put(check.name(), p));
        }
        boolean ready = problems.isEmpty();
        body.put("ready", ready);
        respond(exchange, ready ? 200 : 503, "application/json", JSON.writeValueAsString(body) + "\n");
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            if ("HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Reports not ready from now on (shutdown has begun) while still answering health checks. */
    public void markStopping() {
        stopping = true;
    }

    @Override
    public void close() {
        stopping = true;
        if (opened) {
            server.stop(1);
        }
        executor.shutdown();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
