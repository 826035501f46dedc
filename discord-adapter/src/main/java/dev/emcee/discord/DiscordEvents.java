package dev.emcee.discord;

import dev.emcee.core.events.CalendarEvent;
import dev.emcee.core.events.EventCalendar;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.ScheduledEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.managers.ScheduledEventManager;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * The Scheduled Events of one Discord server (guild), as far as Emcee keeps them: external events (a location, a
 * start and an end) with {@link EventMark Emcee's mark}, made by its own bot user. Everything else in the list is
 * counted, never changed. Requests go through JDA's queue under Discord's rate limits; JDA checks, before it asks
 * Discord, that the bot has Manage Events in the server, and refuses starts in the past.
 */
final class DiscordEvents implements EventCalendar {
    /** Discord's longest event name and location. */
    static final int NAME_MAX = 100;
    static final int LOCATION_MAX = 100;
    private static final Set<ScheduledEvent.Status> IN_THE_LIST = EnumSet.of(ScheduledEvent.Status.SCHEDULED,
            ScheduledEvent.Status.ACTIVE);

    private final Supplier<JDA> jda;
    private final String guildId;

    DiscordEvents(Supplier<JDA> jda, String guildId) {
        this.jda = jda;
        this.guildId = guildId;
    }

    @Override
    public String place() {
        return "discord guild " + guildId;
    }

    @Override
    public CompletableFuture<Listing> list() {
        return request(() -> guild().retrieveScheduledEvents().submit().thenApply(this::listing));
    }

    @Override
    public CompletableFuture<String> create(CalendarEvent event) {
        return request(() -> guild().createScheduledEvent(name(event), location(event), time(event.start()),
                time(event.end())).setDescription(EventMark.describe(event)).submit().thenApply(ISnowflake::getId));
    }

    @Override
    public CompletableFuture<Void> update(String eventId, CalendarEvent event) {
        return request(() -> guild().retrieveScheduledEventById(eventId).submit()
                .thenCompose(found -> changed(found, event).submit())
                .thenApply(done -> (Void) null));
    }

    @Override
    public CompletableFuture<Void> delete(String eventId) {
        return request(() -> guild().retrieveScheduledEventById(eventId).submit()
                .thenCompose(found -> found.delete().submit())
                .exceptionally(failure -> {
                    if (unwrap(failure) instanceof ErrorResponseException gone
                            && gone.getErrorResponse() == ErrorResponse.UNKNOWN_SCHEDULED_EVENT) {
                        return null; // deleted already
                    }
                    throw failure instanceof CompletionException c ? c : new CompletionException(failure);
                }));
    }

    private Listing listing(List<ScheduledEvent> events) {
        long self = jda.get().getSelfUser().getIdLong();
        List<Listed> ours = new ArrayList<>();
        int others = 0;
        for (ScheduledEvent event : events) {
            if (!IN_THE_LIST.contains(event.getStatus())) {
                continue;
            }
            Optional<Listed> mine = event.getCreatorIdLong() == self
                    ? EventMark.read(event.getId(), event.getDescription()) : Optional.empty();
            if (mine.isPresent()) {
                ours.add(mine.get());
            } else {
                others++;
            }
        }
        return new Listing(ours, others);
    }

    /**
     * The changes that make {@code found} say what {@code event} says; moving later than its old end sets the
     * end first, as JDA refuses a start after the end.
     */
    private static ScheduledEventManager changed(ScheduledEvent found, CalendarEvent event) {
        ScheduledEventManager manager = found.getManager().setName(name(event)).setLocation(location(event))
                .setDescription(EventMark.describe(event));
        OffsetDateTime start = time(event.start());
        OffsetDateTime end = time(event.end());
        if (found.getEndTime() != null && !start.isBefore(found.getEndTime())) {
            return manager.setEndTime(end).setStartTime(start);
        }
        return manager.setStartTime(start).setEndTime(end);
    }

    private Guild guild() {
        Guild guild = jda.get().getGuildById(guildId);
        if (guild == null) {
            throw new IllegalStateException("Emcee is not in the Discord server " + guildId + " (discord.guild-id); "
                    + "invite it with ./emcee discord-invite");
        }
        return guild;
    }

    private static String name(CalendarEvent event) {
        return DiscordMarkdown.truncate(oneLine(event.name()), NAME_MAX);
    }

    private static String location(CalendarEvent event) {
        String room = oneLine(event.location());
        return DiscordMarkdown.truncate(room.isEmpty() ? "TBA" : room, LOCATION_MAX);
    }

    /** Names and locations are not markdown, but must not mention anybody either. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip().replace("@", "@\u200b");
    }

    private static OffsetDateTime time(java.time.Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Runs one request; what JDA throws at once or later fails the future, explained for the operator. */
    private static <T> CompletableFuture<T> request(Supplier<CompletableFuture<T>> call) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        CompletableFuture<T> sent;
        try {
            sent = call.get();
        } catch (RuntimeException e) {
            answer.completeExceptionally(explained(e));
            return answer;
        }
        sent.whenComplete((value, failure) -> {
            if (failure == null) {
                answer.complete(value);
            } else {
                answer.completeExceptionally(explained(unwrap(failure)));
            }
        });
        answer.whenComplete((value, failure) -> {
            if (answer.isCancelled()) {
                sent.cancel(true);
            }
        });
        return answer;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The failure as one line for the operator, with what to do about the usual ones. */
    static IllegalStateException explained(Throwable failure) {
        String why;
        if (failure instanceof PermissionException) {
            why = "Emcee needs the Manage Events permission in that server (invite it again with ./emcee "
                    + "discord-invite)";
        } else if (failure instanceof ErrorResponseException error) {
            why = error.getMeaning() + " (Discord error " + error.getErrorCode() + ")" + switch (error
                    .getErrorResponse()) {
                case MISSING_PERMISSIONS, MISSING_ACCESS -> ": Emcee needs the Manage Events permission in that "
                        + "server (invite it again with ./emcee discord-invite)";
                case MAX_UNCOMPLETED_GUILD_SCHEDULED_EVENTS -> ": the server has Discord's 100 scheduled events; "
                        + "delete some or lower discord.scheduled-events.limit";
                default -> "";
            };
        } else {
            why = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        }
        return new IllegalStateException(why, failure);
    }
}
