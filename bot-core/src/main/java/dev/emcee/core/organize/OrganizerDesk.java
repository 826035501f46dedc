package dev.emcee.core.organize;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.answer.OrganizerReply;
import dev.emcee.core.answer.OrganizerReply.Kind;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out organizers' commands: refuses (and logs) anyone else, previews each change and makes it only when
 * confirmed, keeps it in the overlay, undoes entries, lists them.
 *
 * <p>A preview waits for a typed "confirm" for {@link #PENDING_FOR} in this process; a Confirm button sends
 * "confirm TOKEN", which carries the change itself ({@link ChangeTokens}), so any instance can carry out a click.
 */
public final class OrganizerDesk {
    /** How long a preview waits for "confirm". */
    public static final Duration PENDING_FOR = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(OrganizerDesk.class);

    private final Organizers organizers;
    private final ScheduleOverlay overlay;
    /** Per person, the token of the preview waiting for a typed "confirm". */
    private final Cache<String, String> pending;
    private volatile Optional<Broadcasting> broadcasting = Optional.empty();

    /** @param ticker the time source of the pending previews (Caffeine's; fake in tests) */
    public OrganizerDesk(Organizers organizers, ScheduleOverlay overlay, Ticker ticker) {
        this.organizers = Objects.requireNonNull(organizers, "organizers");
        this.overlay = Objects.requireNonNull(overlay, "overlay");
        this.pending = Caffeine.newBuilder().ticker(ticker).executor(Runnable::run).expireAfterWrite(PENDING_FOR)
                .maximumSize(10_000).build();
    }

    /** Posts organizers' announcements from now on ({@code emcee run}); without it "announce:" is not available. */
    public void broadcastThrough(BroadcastStore store, BroadcastPoster poster) {
        this.broadcasting = Optional.of(new Broadcasting(store, poster));
    }

    /** Who may give organizers' commands. */
    public Organizers organizers() {
        return organizers;
    }

    /**
     * The answer to {@code command} from {@code userId} on {@code platform}, a member of {@code groups}, on the
     * schedule in service at {@code now}.
     */
    public Answer handle(OrganizerCommand command, Platform platform, String userId, Set<String> groups,
            Schedule served, Instant now) {
        String who = who(platform, userId);
        if (!organizers.includes(platform, userId, groups)) {
            return refuse(command.action(), who);
        }
        try {
            return carryOut(command, served, who, now);
        } catch (IllegalStateException e) { // the shared store could not be written
            LOG.warn("Could not {} for {}: {}", command.action(), who, e.getMessage());
            return OrganizerReply.of(Kind.PROBLEM, "Sorry, I could not do that just now; nothing changed.",
                    List.of(e.getMessage()));
        }
    }

    private Answer carryOut(OrganizerCommand command, Schedule served, String who, Instant now) {
        if (command instanceof OrganizerCommand.Change c) {
            return preview(c.change(), served, who);
        }
        if (command instanceof OrganizerCommand.Confirm confirm) {
            Optional<String> waiting = Optional.ofNullable(pending.asMap().remove(who));
            return confirm.carried().or(() -> waiting).map(token -> confirm(token, served, who, now))
                    .orElseGet(() -> OrganizerReply.of(Kind.PROBLEM, "There is nothing to confirm.",
                            List.of("Previews wait " + PENDING_FOR.toMinutes() + " minutes for \"confirm\".")));
        }
        if (command instanceof OrganizerCommand.Announce announce) {
            List<Room> rooms = announce.rooms().stream().map(served::room).flatMap(Optional::stream).toList();
            return broadcasting.map(b -> b.preview(announce.text(), rooms, who, now, pending))
                    .orElseGet(() -> OrganizerReply.of(Kind.PROBLEM, "Announcements are posted by emcee run, "
                            + "which is not running here.", List.of()));
        }
        if (command instanceof OrganizerCommand.Undo u) {
            return undo(u, who, now);
        }
        if (command instanceof OrganizerCommand.ListOverrides) {
            return OrganizerReply.of(Kind.LISTING, "Changes by organizers:",
                    ChangeDescriptions.listing(overlay.store().all(), overlay.source()));
        }
        if (command instanceof OrganizerCommand.Unclear u) {
            return OrganizerReply.of(Kind.PROBLEM, u.problem(), u.hints());
        }
        return OrganizerReply.of(Kind.PROBLEM, "I did not understand that command.", List.of());
    }

    private Answer confirm(String token, Schedule served, String who, Instant now) {
        if (token.startsWith(Broadcasting.TOKEN_PREFIX)) {
            return broadcasting.map(b -> b.post(token, who, now, served))
                    .orElseGet(() -> OrganizerReply.of(Kind.PROBLEM, "Announcements are posted by emcee run, "
                            + "which is not running here.", List.of()));
        }
        return ChangeTokens.decode(token).map(change -> apply(change, served, who, now))
                .orElseGet(() -> OrganizerReply.of(Kind.PROBLEM, "That confirmation carries no change I can make.",
                        List.of()));
    }

    private Answer refuse(String action, String who) {
        LOG.info("Refused to {} for {}: not an organizer", action, who);
        return OrganizerReply.of(Kind.REFUSED, "Only the conference's organizers can " + action + ".",
                List.of("Ask me about the schedule instead, for example \"what's next\"."));
    }

    private Answer preview(SessionChange change, Schedule served, String who) {
        Optional<Session> before = served.session(change.session());
        if (before.isEmpty()) {
            return OrganizerReply.of(Kind.PROBLEM, "That session is not on the schedule any more.", List.of());
        }
        if (change.kind() != SessionChange.Kind.CANCEL && before.get().start().equals(change.start())
                && before.get().end().equals(change.end()) && before.get().room().equals(change.room())) {
            return OrganizerReply.of(Kind.PROBLEM, "That is where and when the session already is.",
                    ChangeDescriptions.lines(change, before.get(), served));
        }
        pending.put(who, ChangeTokens.encode(change));
        return new OrganizerReply(Kind.PREVIEW, headline(change.kind()) + "?",
                ChangeDescriptions.lines(change, before.get(), served), Optional.of(ChangeTokens.encode(change)));
    }

    private Answer apply(SessionChange change, Schedule served, String who, Instant now) {
        Optional<Session> before = served.session(change.session());
        if (before.isEmpty()) {
            return OrganizerReply.of(Kind.PROBLEM, "That session is not on the schedule any more; nothing changed.",
                    List.of());
        }
        ScheduleOverride entry = overlay.store().add(change, who, now);
        overlay.refresh();
        LOG.info("{} made change #{}: {} {}", who, entry.id(), change.kind().word(), change.session().value());
        List<String> lines = new java.util.ArrayList<>(ChangeDescriptions.lines(change, before.get(), served));
        lines.add("This is change #" + entry.id() + "; say \"undo\" (or \"undo " + entry.id() + "\") to restore it.");
        return OrganizerReply.of(Kind.DONE, done(change.kind()) + ".", lines);
    }

    private Answer undo(OrganizerCommand.Undo command, String who, Instant now) {
        List<ScheduleOverride> entries = overlay.store().all();
        Optional<ScheduleOverride> target = command.entry().isPresent()
                ? entries.stream().filter(e -> e.id() == command.entry().getAsLong()).findFirst()
                : entries.stream().filter(ScheduleOverride::active).reduce((a, b) -> b);
        if (target.isEmpty() || !target.get().active()) {
            String what = command.entry().isPresent() ? "Change #" + command.entry().getAsLong()
                    + (target.isPresent() ? " is already undone." : " does not exist.") : "There is no change to undo.";
            return OrganizerReply.of(Kind.PROBLEM, what, List.of("Say \"overrides\" to see the changes."));
        }
        ScheduleOverride entry = target.get();
        if (!overlay.store().undo(entry.id(), who, now)) {
            return OrganizerReply.of(Kind.PROBLEM, "Change #" + entry.id() + " is already undone.", List.of());
        }
        overlay.refresh();
        LOG.info("{} undid change #{}", who, entry.id());
        return OrganizerReply.of(Kind.DONE, "Undone: change #" + entry.id() + ".",
                List.of(ChangeDescriptions.entry(entry, overlay.source())));
    }

    private static String headline(SessionChange.Kind kind) {
        return switch (kind) {
            case MOVE -> "Move this session";
            case DELAY -> "Delay this session";
            case CANCEL -> "Cancel this session";
        };
    }

    private static String done(SessionChange.Kind kind) {
        return switch (kind) {
            case MOVE -> "Moved";
            case DELAY -> "Delayed";
            case CANCEL -> "Cancelled";
        };
    }

    /** "slack:U0123", "discord:4242"; the local console's one person is "console:operator". */
    private static String who(Platform platform, String userId) {
        if (platform == Platform.CONSOLE) {
            return "console:operator";
        }
        return platform.key() + ":" + (userId == null || userId.isBlank() ? "unknown" : userId);
    }
}
