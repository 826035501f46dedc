package dev.emcee.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import dev.emcee.slack.render.SlackMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts messages with {@code chat.postMessage} off the caller's thread, waiting out 429s as Slack's
 * {@code Retry-After} asks and retrying server and network errors a bounded number of times with backoff.
 * A post Slack refuses for good (such as {@code channel_not_found}) is not retried.
 *
 * <p>A notice's post is once per {@link PostMark}: the message carries the mark as metadata, and an attempt that
 * follows one which may have reached Slack (a server or network error here, or an earlier attempt elsewhere that the
 * mark's key tells of) first looks for it in the channel's history ({@link EarlierPosts}). Cancelling the returned
 * future stops the post: no attempt starts after it, whatever wait it was in.
 */
final class SlackPoster {
    private static final Logger LOG = LoggerFactory.getLogger(SlackPoster.class);

    private final MethodsClient methods;
    private final RetryPolicy policy;
    private final Delays delays;
    private final Clock clock;
    private final EarlierPosts earlier;

    /** @param clock the real clock, for when an attempt that may have reached Slack began (Slack's timestamps) */
    SlackPoster(MethodsClient methods, RetryPolicy policy, Delays delays, Clock clock) {
        this.methods = Objects.requireNonNull(methods, "methods");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.delays = Objects.requireNonNull(delays, "delays");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.earlier = new EarlierPosts(methods);
    }

    /** One message on its way: where, what, its mark (null for a reply) and since when it may have been posted. */
    private static final class Post {
        volatile String channel;
        final String threadTs;
        final SlackMessage message;
        final PostMark mark;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        volatile Instant mayHavePostedSince;

        Post(String channel, String threadTs, SlackMessage message, PostMark mark) {
            this.channel = channel;
            this.threadTs = threadTs;
            this.message = message;
            this.mark = mark;
            this.mayHavePostedSince = mark == null ? null : mark.key().earlierAttemptSince().orElse(null);
        }
    }

    /**
     * Posts the message (an answer) to the channel, in the thread when {@code threadTs} is set.
     *
     * @return completes when Slack accepted the post; fails with {@link SlackPostException} when it did not
     */
    CompletableFuture<Void> post(String channel, String threadTs, SlackMessage message) {
        return start(new Post(channel, threadTs, message, null));
    }

    /** Posts a notice's message to the channel, once for its mark, as {@link #post(String, String, SlackMessage)}. */
    CompletableFuture<Void> post(String channel, SlackMessage message, PostMark mark) {
        return start(new Post(channel, null, message, Objects.requireNonNull(mark, "mark")));
    }

    private CompletableFuture<Void> start(Post post) {
        delays.after(Duration.ZERO, () -> attempt(1, post));
        return post.done;
    }

    /** Posts an answer to a person in their direct message with Emcee (personal answers never go to a channel). */
    CompletableFuture<Void> postDirect(String userId, SlackMessage message) {
        return postDirect(userId, message, null);
    }

    /**
     * Posts a notice's message to a person in their direct message with Emcee: {@code conversations.open} gives the
     * DM channel, then the message is posted there as {@link #post(String, SlackMessage, PostMark)} does.
     *
     * @param userId a Slack user id such as {@code U0123456789}
     * @param mark the notice's mark, or null for an answer
     */
    CompletableFuture<Void> postDirect(String userId, SlackMessage message, PostMark mark) {
        Post toPerson = new Post(null, null, message, mark);
        delays.after(Duration.ZERO, () -> {
            if (toPerson.done.isDone()) {
                return;
            }
            try {
                ConversationsOpenResponse open = methods.conversationsOpen(r -> r.users(List.of(userId)));
                if (!open.isOk() || open.getChannel() == null) {
                    fail(toPerson.done, "(a direct message)", 1, "conversations.open answered " + open.getError()
                            + hint(open.getError()));
                    return;
                }
                toPerson.channel = open.getChannel().getId();
                attempt(1, toPerson);
            } catch (IOException | SlackApiException | RuntimeException e) {
                fail(toPerson.done, "(a direct message)", 1, "conversations.open failed: " + e);
            }
        });
        return toPerson.done;
    }

    private void attempt(int attempt, Post post) {
        if (post.done.isDone() || alreadyPosted(post)) {
            return; // cancelled (the caller stopped waiting), or an earlier attempt's post is there
        }
        Instant began = clock.instant();
        Duration retryIn;
        String problem;
        try {
            ChatPostMessageResponse response = methods.chatPostMessage(r -> r.channel(post.channel)
                    .threadTs(post.threadTs).text(post.message.text()).blocks(post.message.blocks())
                    .metadata(post.mark == null ? null : post.mark.metadata()).linkNames(false).unfurlLinks(false));
            if (response.isOk()) {
                post.done.complete(null);
                return;
            }
            fail(post.done, post.channel, attempt, "Slack refused it: " + response.getError()
                    + hint(response.getError()));
            return;
        } catch (SlackApiException e) {
            int status = e.getResponse().code();
            problem = "HTTP " + status;
            if (status == 429) {
                retryIn = policy.rateLimitWait(retryAfter(e)); // refused before posting: nothing to look for
            } else if (status >= 500) {
                retryIn = policy.backoffAfter(attempt);
                mayHavePosted(post, began);
            } else {
                fail(post.done, post.channel, attempt, "Slack answered HTTP " + status);
                return;
            }
        } catch (IOException e) {
            problem = e.toString();
            retryIn = policy.backoffAfter(attempt);
            mayHavePosted(post, began);
        } catch (RuntimeException e) {
            LOG.error("Posting to Slack channel {} failed unexpectedly", post.channel, e);
            post.done.completeExceptionally(e);
            return;
        }
        if (attempt >= policy.maxAttempts()) {
            fail(post.done, post.channel, attempt, "the last error was " + problem);
            return;
        }
        LOG.info("Posting to Slack channel {} failed ({}); retry {} of {} in {} ms", post.channel, problem, attempt,
                policy.maxAttempts() - 1, retryIn.toMillis());
        delays.after(retryIn, () -> attempt(attempt + 1, post));
    }

    /** Whether the post is there already, from an attempt that may have reached Slack; completes it if so. */
    private boolean alreadyPosted(Post post) {
        if (post.mark == null || post.mayHavePostedSince == null) {
            return false;
        }
        if (earlier.find(post.channel, post.mark, post.mayHavePostedSince) != EarlierPosts.Found.POSTED) {
            return post.done.isDone(); // cancelled while looking
        }
        LOG.info("Not posting to Slack channel {} again: an earlier attempt's message is there", post.channel);
        post.done.complete(null);
        return true;
    }

    private static void mayHavePosted(Post post, Instant began) {
        if (post.mayHavePostedSince == null) {
            post.mayHavePostedSince = began;
        }
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
