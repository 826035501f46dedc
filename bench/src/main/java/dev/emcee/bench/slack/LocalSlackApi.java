package dev.emcee.bench.slack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Slack's Web API as far as starting a bot needs it ({@code auth.test}), on 127.0.0.1, so that Bolt starts with
 * a bot token without the internet. Nothing is called on it while the benchmark runs.
 */
final class LocalSlackApi implements AutoCloseable {
    private static final byte[] AUTH_TEST = ("{\"ok\":true,\"url\":\"https://bench.slack.com/\",\"team\":\"Bench\","
            + "\"user\":\"emcee\",\"team_id\":\"T0BENCH\",\"user_id\":\"U0EMCEE\",\"bot_id\":\"B0EMCEE\"}")
            .getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;

    LocalSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", exchange -> {
            try (exchange; OutputStream out = exchange.getResponseBody()) {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(200, AUTH_TEST.length);
                out.write(AUTH_TEST);
            }
        });
        server.start();
    }

    /** The Web API's base address, ending in {@code /api/}. */
    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
