package dev.emcee.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import dev.emcee.slack.render.SlackMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts messages with {@code chat.postMessage} off the caller's thread, waiting out 429s as Slack's
 * {@code Retry-After} asks and retrying server and network errors a bounded number of times with backoff.
 * A post Slack refuses for good (such as {@code channel_not_found}) is not retried.
 */
final class SlackPoster {
    private static final Logger LOG = LoggerFactory.getLogger(SlackPoster.class);

    private final MethodsClient methods;
    private final RetryPolicy policy;
    private final Delays delays;

    SlackPoster(MethodsClient methods, RetryPolicy policy, Delays delays) {
        this.methods = Objects.requireNonNull(methods, "methods");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.delays = Objects.requireNonNull(delays, "delays");
    }

    /**
     * Posts the message to the channel, in the thread when {@code threadTs} is set.
     *
     * @return completes when Slack accepted the post; fails with {@link SlackPostException} when it did not
     */
    CompletableFuture<Void> post(String channel, String threadTs, SlackMessage message) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        delays.after(Duration.ZERO, () -> attempt(1, channel, threadTs, message, done));
        return done;
    }

    /**
     * Posts the message to a person in their direct message with Emcee: {@code conversations.open} gives the DM
     * channel, then the message is posted there as {@link #post} does.
     *
     * @param userId a Slack user id such as {@code U0123456789}
     */
    CompletableFuture<Void> postDirect(String userId, SlackMessage message) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        delays.after(Duration.ZERO, () -> {
            try {
                ConversationsOpenResponse open = methods.conversationsOpen(r -> r.users(List.of(userId)));
                if (!open.isOk() || open.getChannel() == null) {
                    fail(done, "(a direct message)", 1, "conversations.open answered " + open.getError()
                            + hint(open.getError()));
                    return;
                }
                attempt(1, open.getChannel().getId(), null, message, done);
            } catch (IOException | SlackApiException | RuntimeException e) {
                fail(done, "(a direct message)", 1, "conversations.open failed: " + e);
            }
        });
        return done;
    }

    private void attempt(int attempt, String channel, String threadTs, SlackMessage message,
            CompletableFuture<Void> done) {
        Duration retryIn;
        String problem;
        try {
            ChatPostMessageResponse response = methods.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
                    .text(message.text()).blocks(message.blocks()).linkNames(false).unfurlLinks(false));
            if (response.isOk()) {
                done.complete(null);
                return;
            }
            fail(done, channel, attempt, "Slack refused it: " + response.getError() + hint(response.getError()));
            return;
        } catch (SlackApiException e) {
            int status = e.getResponse().code();
            problem = "HTTP " + status;
            if (status == 429) {
                retryIn = policy.rateLimitWait(retryAfter(e));
            } else if (status >= 500) {
                retryIn = policy.backoffAfter(attempt);
            } else {
                fail(done, channel, attempt, "Slack answered HTTP " + status);
                return;
            }
        } catch (IOException e) {
            problem = e.toString();
            retryIn = policy.backoffAfter(attempt);
        } catch (RuntimeException e) {
            LOG.error("Posting to Slack channel {} failed unexpectedly", channel, e);
            done.completeExceptionally(e);
            return;
        }
        if (attempt >= policy.maxAttempts()) {
            fail(done, channel, attempt, "the last error was " + problem);
            return;
        }
        LOG.info("Posting to Slack channel {} failed ({}); retry {} of {} in {} ms", channel, problem, attempt,
                policy.maxAttempts() - 1, retryIn.toMillis());
        delays.after(retryIn, () -> attempt(attempt + 1, channel, threadTs, message, done));
    }

    private static void fail(CompletableFuture<Void> done, String channel, int attempts, String why) {
        String text = "Could not post to Slack channel " + channel + " after " + attempts
                + (attempts == 1 ? " attempt: " : " attempts: ") + why;
        LOG.error(text);
        done.completeExceptionally(new SlackPostException(text));
    }

    private static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header == null ? "1" : header.strip())));
        } catch (NumberFormatException notSeconds) {
            return Duration.ofSeconds(1);
        }
    }

    private static String hint(String error) {
        return switch (error == null ? "" : error) {
            case "not_in_channel" -> " (invite the Emcee app to the channel: /invite @Emcee)";
            case "channel_not_found" -> " (check the channel id; it looks like C0123456789)";
            case "invalid_auth", "not_authed", "token_revoked" -> " (check SLACK_BOT_TOKEN)";
            case "missing_scope" -> " (add the im:write scope in the app manifest and reinstall the app)";
            case "user_not_found", "cannot_dm_bot" -> " (the person is not in this workspace, or is a bot)";
            default -> "";
        };
    }
}
