package dev.emcee.sources;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Fetches a URL source with a conditional request, within a time and size limit. The client is made on the first
 * fetch: building one sets up TLS (about a quarter of a second at start-up), which schedules read from files never
 * need.
 */
final class HttpFetch {
    private final Supplier<HttpClient> newClient;
    private final Duration timeout;
    private final long maxBytes;
    private HttpClient client;

    HttpFetch(Supplier<HttpClient> newClient, Duration timeout, long maxBytes) {
        this.newClient = newClient;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = newClient.get();
        }
        return client;
    }

    /** What came back: a new body with its validators, or nothing new (HTTP 304). */
    sealed interface Fetched permits Fresh, NotModified {
    }

    /** A body that may differ from the last one. */
    record Fresh(byte[] body, Validators validators) implements Fetched {
    }

    /** The server says the copy we have is current. */
    record NotModified() implements Fetched {
    }

    /** The source could not be fetched; the message is for people. */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    Fetched fetch(URI uri, Validators known) throws Unavailable {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", "application/json, application/xml, text/calendar, text/yaml, text/plain, */*")
                .header("User-Agent", "Emcee schedule reader");
        known.etag().ifPresent(etag -> request.header("If-None-Match", etag));
        known.lastModified().ifPresent(date -> request.header("If-Modified-Since", date));
        HttpResponse<InputStream> response;
        try {
            response = client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new Unavailable("no answer from " + uri + " within " + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            throw new Unavailable("cannot connect to " + uri + " (" + (e.getMessage() == null
                    ? "nothing answers there" : e.getMessage()) + ")");
        } catch (IOException e) {
            throw new Unavailable("cannot fetch " + uri + " (" + reason(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while fetching " + uri);
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 304) {
                return new NotModified();
            }
            if (status < 200 || status > 299) {
                throw new Unavailable(uri + " answered HTTP " + status + " instead of the schedule");
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new Unavailable(uri + " sent more than " + maxBytes / (1024 * 1024) + " MB; refused");
            }
            return new Fresh(bytes, new Validators(header(response, "ETag"), header(response, "Last-Modified")));
        } catch (IOException e) {
            throw new Unavailable("the answer from " + uri + " broke off (" + reason(e) + ")");
        }
    }

    private static Optional<String> header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).filter(v -> !v.isBlank());
    }

    private static String reason(IOException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
