package dev.emcee.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A container health check that needs no curl: {@code java -cp emcee.jar dev.emcee.app.HealthProbe [PORT]} exits
 * 0 when {@code http://127.0.0.1:PORT/healthz} answers 200 within 3 seconds, else 1. The port defaults to
 * {@code EMCEE_HTTP_PORT}.
 */
public final class HealthProbe {
    private HealthProbe() {
    }

    public static void main(String[] args) {
        String port = args.length > 0 ? args[0] : System.getenv().getOrDefault("EMCEE_HTTP_PORT", "8080");
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + Integer.parseInt(port.strip()) + "/healthz"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
            System.exit(response.statusCode() == 200 ? 0 : 1);
        } catch (Exception e) {
            System.err.println("not healthy: " + e.getClass().getSimpleName());
            System.exit(1);
        }
    }
}
