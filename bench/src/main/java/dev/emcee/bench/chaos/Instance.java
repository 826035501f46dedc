package dev.emcee.bench.chaos;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One Emcee instance as its own JVM ({@code java -jar bot-app/target/emcee.jar run}), so that a kill is a real
 * {@code kill -9}: its own data folder and HTTP port, the shared PostgreSQL, and the stand-ins' addresses with its
 * name in the path, so that the stand-ins know which instance calls. Each start logs to its own file.
 */
final class Instance {
    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path logs;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private volatile Process process;
    private int starts;

    Instance(String name, List<String> command, Map<String, String> environment, Path logs) throws IOException {
        this.name = name;
        this.command = List.copyOf(command);
        this.logs = logs;
        this.port = freePort();
        this.environment = new java.util.HashMap<>(environment);
        this.environment.put("EMCEE_HTTP_PORT", Integer.toString(port));
    }

    String name() {
        return name;
    }

    /** Starts the JVM (again); its output goes to {@code LOGS/NAME-N.log}. */
    synchronized void start() throws IOException {
        starts++;
        Files.createDirectories(logs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + "-" + starts + ".log").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("EMCEE_") || k.startsWith("SLACK_")
                || k.startsWith("DISCORD_"));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /** {@code kill -9}. */
    void kill() {
        Process running = process;
        if (running != null) {
            running.destroyForcibly();
            try {
                running.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean alive() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /** Whether the process runs and {@code /readyz} answers 200. */
    boolean ready() {
        if (!alive()) {
            return false;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                    .timeout(Duration.ofSeconds(1)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Where Slack delivers events to this instance. */
    String slackEventsUrl() {
        return "http://127.0.0.1:" + port + "/slack/events";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
