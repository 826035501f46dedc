package dev.emcee.core.organize;

import com.github.benmanes.caffeine.cache.Cache;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.OrganizerReply;
import dev.emcee.core.answer.OrganizerReply.Kind;
import dev.emcee.core.notice.Broadcast;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.Schedule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Organizers' announcements: a preview that names where it will be posted, then, on confirmation, one post to every
 * digest channel (or to the channels of the rooms named, a room without one said in the preview). The waiting text is kept in the shared {@link BroadcastStore}, whose {@code take} lets exactly one
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

    /** The preview of "announce: TEXT" (to the digest channels, or to {@code rooms}'), kept for a typed "confirm". */
    Answer preview(String text, List<Room> rooms, String who, Instant now, Cache<String, String> pending) {
        if (text.length() > MAX_LENGTH) {
            return OrganizerReply.of(Kind.PROBLEM, "That announcement is too long: " + text.length()
                    + " characters, at most " + MAX_LENGTH + ".", List.of());
        }
        List<String> targets = rooms.isEmpty() ? poster.targets() : rooms.stream().flatMap(r -> poster.targets(r)
                .stream()).distinct().toList();
        if (targets.isEmpty()) {
            return OrganizerReply.of(Kind.PROBLEM, rooms.isEmpty() ? "There is no channel to announce in."
                    : "There is no channel for " + names(rooms) + ".", List.of(rooms.isEmpty()
                    ? "Set a digest channel for each platform (announcements.channels.slack.digest, "
                            + "announcements.channels.discord.digest)."
                    : "Map rooms to channels (announcements.channels.slack.rooms, announcements.channels.discord.rooms)."));
        }
        String id = UUID.randomUUID().toString();
        store.hold(new PendingBroadcast(id, text, who, now, rooms.stream().map(Room::id).toList()));
        String token = TOKEN_PREFIX + id;
        pending.put(who, token);
        List<String> lines = new ArrayList<>(List.of(text, "to: " + String.join(", ", targets)));
        List<Room> unmapped = rooms.stream().filter(r -> poster.targets(r).isEmpty()).toList();
        if (!unmapped.isEmpty()) {
            lines.add("not to " + names(unmapped) + ": no channel is set for " + (unmapped.size() == 1 ? "it" : "them"));
        }
        return new OrganizerReply(Kind.PREVIEW, rooms.isEmpty() ? "Post this announcement?"
                : "Post this announcement in " + names(rooms) + "?", lines, Optional.of(token));
    }

    private static String names(List<Room> rooms) {
        return String.join(", ", rooms.stream().map(Room::name).toList());
    }

    /** Posts the announcement {@code token} names, when nobody has yet; else says so. */
    Answer post(String token, String who, Instant now, Schedule served) {
        String id = token.substring(TOKEN_PREFIX.length());
        Optional<PendingBroadcast> taken = store.take(id, who, now, now.minus(OrganizerDesk.PENDING_FOR));
        if (taken.isEmpty()) {
            return OrganizerReply.of(Kind.PROBLEM, "That announcement was already posted, or its preview expired.",
                    List.of("Say \"announce: ...\" again to post a new one."));
        }
        Broadcast broadcast = new Broadcast(taken.get().text(), now, served.zone());
        List<Room> rooms = taken.get().rooms().stream().map(served::room).flatMap(Optional::stream).toList();
        List<String> targets = taken.get().rooms().isEmpty() ? poster.post("broadcast:" + id, broadcast)
                : poster.post("broadcast:" + id, broadcast, rooms);
        LOG.info("{} announced to {}: {} characters", who, targets, taken.get().text().length());
        return OrganizerReply.of(Kind.DONE, "Announced.", List.of(taken.get().text(),
                "posted to: " + String.join(", ", targets)));
    }
}
