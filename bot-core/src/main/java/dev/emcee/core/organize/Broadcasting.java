package dev.emcee.core.organize;

import com.github.benmanes.caffeine.cache.Cache;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.OrganizerReply;
import dev.emcee.core.answer.OrganizerReply.Kind;
import dev.emcee.core.notice.Broadcast;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Organizers' announcements: a preview that names where it will be posted, then, on confirmation, one post to every
 * digest channel. The waiting text is kept in the shared {@link BroadcastStore}, whose {@code take} lets exactly one
 * instance post it, however many Confirm clicks or instances there are.
 */
record Broadcasting(BroadcastStore store, BroadcastPoster poster) {
    /** The start of a broadcast's confirmation token ({@code b1|ID}). */
    static final String TOKEN_PREFIX = "b1|";
    /** The longest announcement taken (a Slack section holds 3,000 characters, a Discord description 4,096). */
    static final int MAX_LENGTH = 2_000;

    private static final Logger LOG = LoggerFactory.getLogger(Broadcasting.class);

    Broadcasting {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(poster, "poster");
    }

    /** The preview of "announce: TEXT", remembered for the person's typed "confirm". */
    Answer preview(String text, String who, Instant now, Cache<String, String> pending) {
        if (text.length() > MAX_LENGTH) {
            return OrganizerReply.of(Kind.PROBLEM, "That announcement is too long: " + text.length()
                    + " characters, at most " + MAX_LENGTH + ".", List.of());
        }
        List<String> targets = poster.targets();
        if (targets.isEmpty()) {
            return OrganizerReply.of(Kind.PROBLEM, "There is no channel to announce in.",
                    List.of("Set a digest channel for each platform (announcements.channels.slack.digest, "
                            + "announcements.channels.discord.digest)."));
        }
        String id = UUID.randomUUID().toString();
        store.hold(new PendingBroadcast(id, text, who, now));
        String token = TOKEN_PREFIX + id;
        pending.put(who, token);
        return new OrganizerReply(Kind.PREVIEW, "Post this announcement?",
                List.of(text, "to: " + String.join(", ", targets)), Optional.of(token));
    }

    /** Posts the announcement {@code token} names, when nobody has yet; else says so. */
    Answer post(String token, String who, Instant now, ZoneId zone) {
        String id = token.substring(TOKEN_PREFIX.length());
        Optional<PendingBroadcast> taken = store.take(id, who, now, now.minus(OrganizerDesk.PENDING_FOR));
        if (taken.isEmpty()) {
            return OrganizerReply.of(Kind.PROBLEM, "That announcement was already posted, or its preview expired.",
                    List.of("Say \"announce: ...\" again to post a new one."));
        }
        List<String> targets = poster.post("broadcast:" + id, new Broadcast(taken.get().text(), now, zone));
        LOG.info("{} announced to {}: {} characters", who, targets, taken.get().text().length());
        return OrganizerReply.of(Kind.DONE, "Announced.", List.of(taken.get().text(),
                "posted to: " + String.join(", ", targets)));
    }
}
