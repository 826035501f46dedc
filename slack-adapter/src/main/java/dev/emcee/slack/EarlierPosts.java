package dev.emcee.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks in a channel's history ({@code conversations.history} with {@code include_all_metadata}) for a message
 * carrying a {@link PostMark}: before a notice is posted again after an attempt that may have reached Slack, so
 * that it is not shown twice.
 *
 * <p>Slack has no idempotency key for {@code chat.postMessage}; this look is what stands in for one. It needs the
 * scopes {@code channels:history}, {@code groups:history} and {@code im:history}, and Emcee in the channel; when
 * Slack refuses the look (such as {@code missing_scope} or {@code not_in_channel}) Emcee warns and posts anyway:
 * a possible repeat rather than a lost post.
 */
final class EarlierPosts {
    /** What the look found. */
    enum Found { POSTED, NOT_POSTED, UNKNOWN }

    private static final Logger LOG = LoggerFactory.getLogger(EarlierPosts.class);
    /** Looked at from this long before the earlier attempt began: Emcee's clock and Slack's may differ a little. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);
    private static final int PAGE = 200;
    private static final int MOST_PAGES = 5;

    private final MethodsClient methods;

    EarlierPosts(MethodsClient methods) {
        this.methods = Objects.requireNonNull(methods, "methods");
    }

    /** Whether a message with the mark was posted in the channel since (about) {@code since}. */
    Found find(String channel, PostMark mark, Instant since) {
        String oldest = Long.toString(since.minus(CLOCK_MARGIN).getEpochSecond());
        String cursor = null;
        try {
            for (int page = 0; page < MOST_PAGES; page++) {
                String from = cursor;
                ConversationsHistoryResponse history = methods.conversationsHistory(r -> r.channel(channel)
                        .oldest(oldest).includeAllMetadata(true).limit(PAGE).cursor(from));
                if (!history.isOk()) {
                    return unknown(channel, mark, "Slack answered " + history.getError() + hint(history.getError()));
                }
                if (history.getMessages() != null && history.getMessages().stream().anyMatch(mark::isOn)) {
                    return Found.POSTED;
                }
                cursor = history.getResponseMetadata() == null ? null : history.getResponseMetadata().getNextCursor();
                if (!history.isHasMore() || cursor == null || cursor.isEmpty()) {
                    return Found.NOT_POSTED;
                }
            }
            return unknown(channel, mark, "more than " + PAGE * MOST_PAGES + " messages since then");
        } catch (IOException | SlackApiException e) {
            return unknown(channel, mark, e.toString());
        }
    }

    private static Found unknown(String channel, PostMark mark, String why) {
        LOG.warn("Could not check Slack channel {} for an earlier post of this {} ({}); posting it without the check,"
                + " so it may appear twice", channel, mark.eventType().substring(PostMark.EVENT_TYPE_PREFIX.length()),
                why);
        return Found.UNKNOWN;
    }

    private static String hint(String error) {
        return switch (error == null ? "" : error) {
            case "missing_scope" -> ": add the scopes channels:history, groups:history and im:history in the app"
                    + " manifest and reinstall the app";
            case "not_in_channel", "channel_not_found" -> ": invite the Emcee app to the channel (/invite @Emcee)";
            default -> "";
        };
    }
}
