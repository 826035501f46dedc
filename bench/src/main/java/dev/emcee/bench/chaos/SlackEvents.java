package dev.emcee.bench.chaos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's Events API side: {@code app_mention} events signed with the signing secret, posted to an instance's
 * {@code /slack/events} as Slack (behind a load balancer) does: an event not acknowledged within 3 seconds is
 * retried, with {@code X-Slack-Retry-Num} and {@code X-Slack-Retry-Reason}, up to three times, to whichever
 * instance is up; and, on purpose, the same event to both instances, or retried although it was acknowledged.
 */
final class SlackEvents {
    static final String QUESTION_CHANNEL = "C0CHAOSQ";
    private static final int SLACK_RETRIES = 3;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final SlackStandIn slack;
    private final Supplier<List<String>> readyUrls;

    /** @param readyUrls the {@code /slack/events} addresses of the instances that are up, shuffled by the caller */
    SlackEvents(SlackStandIn slack, Supplier<List<String>> readyUrls) {
        this.slack = slack;
        this.readyUrls = readyUrls;
    }

    /** Asks question {@code number} through Slack in the way {@code delivery} says; blocks until Slack would stop. */
    void ask(int number, ChaosPlan.Delivery delivery) throws InterruptedException {
        String ts = slack.nextTs();
        slack.expectReplies(ts, number);
        String body = event(number, ts, slack.clock().instant().getEpochSecond());
        List<String> urls = readyUrls.get();
        if (urls.isEmpty()) {
            return;
        }
        boolean acked = switch (delivery) {
            case SLACK_TO_BOTH -> urls.stream().map(url -> send(url, body, 0, null)).toList().stream()
                    .map(CompletableFuture::join).reduce(false, Boolean::logicalOr); // at the same time, to each
            case SLACK_RETRIED -> {
                boolean first = send(urls.get(0), body, 0, null).join();
                Thread.sleep(1_000);
                boolean second = sendToAny(body, 1, "http_timeout");
                Thread.sleep(1_000);
                yield sendToAny(body, 2, "http_timeout") || first || second;
            }
            default -> send(urls.get(0), body, 0, null).join();
        };
        for (int retry = 1; !acked && retry <= SLACK_RETRIES; retry++) {
            Thread.sleep(1_000);
            acked = sendToAny(body, retry, "http_timeout");
        }
    }

    private boolean sendToAny(String body, int retry, String reason) {
        List<String> urls = readyUrls.get();
        return !urls.isEmpty() && send(urls.get(0), body, retry, reason).join();
    }

    /** Whether the instance acknowledged the delivery within Slack's 3 seconds. */
    private CompletableFuture<Boolean> send(String url, String body, int retry, String reason) {
        String timestamp = Long.toString(slack.clock().instant().getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signature(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (retry > 0) {
            request.header("X-Slack-Retry-Num", Integer.toString(retry)).header("X-Slack-Retry-Reason", reason);
        }
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> failure == null && response.statusCode() == 200);
    }

    private static String event(int number, String ts, long eventTime) {
        Map<String, Object> event = Map.of("type", "app_mention", "user", "U0ASKER" + (number % 7),
                "text", "<@" + SlackStandIn.BOT_USER + "> what's next", "ts", ts, "channel", QUESTION_CHANNEL,
                "event_ts", ts);
        Map<String, Object> callback = Map.of("token", "chaos", "team_id", "T0CHAOS", "api_app_id", "A0CHAOS",
                "event", event, "type", "event_callback", "event_id", "Ev0CHAOS" + number,
                "event_time", eventTime,
                "authorizations", List.of(Map.of("team_id", "T0CHAOS", "user_id", SlackStandIn.BOT_USER,
                        "is_bot", true)));
        try {
            return StandInHttp.JSON.writeValueAsString(callback);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Slack's request signature: {@code v0=} HMAC-SHA256 of {@code v0:TIMESTAMP:BODY} with the signing secret. */
    static String signature(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SlackStandIn.SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
