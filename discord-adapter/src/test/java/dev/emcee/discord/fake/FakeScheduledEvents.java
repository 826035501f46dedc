package dev.emcee.discord.fake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The server's Scheduled Events on the fake Discord ({@code guilds/ID/scheduled-events[/EVENT]}): created, listed,
 * changed and deleted as Discord does, with its checks (an external event needs a location and an end; a start in
 * the past is refused; at most 100 scheduled or active events per server, error 30038; an unknown event is 10070).
 */
final class FakeScheduledEvents {
    /** Discord's limit of scheduled events per server (uncompleted ones). */
    static final int LIMIT = 100;

    /** An answer: the HTTP status and the JSON (null for none). */
    record Answer(int status, String json) {
    }

    private final Map<String, DataObject> events = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(900_000_000_000_000_000L);
    private volatile int refusal;

    /** Whether this answers the route. */
    static boolean handles(String path) {
        return path.matches("guilds/\\d+/scheduled-events(/\\d+)?");
    }

    /** From now on, creates, changes and deletes are refused with this status (403: Missing Permissions). */
    void refuseChanges(int status) {
        refusal = status;
    }

    /** Adds an event made by someone else (another user or bot), as if it were in the list already. */
    synchronized String seed(String creatorId, String name, String description, Instant start) {
        DataObject event = blank(creatorId);
        event.put("name", name).put("description", description)
                .put("scheduled_start_time", start.toString()).put("scheduled_end_time", start.plusSeconds(3600)
                        .toString()).put("entity_metadata", DataObject.empty().put("location", "Elsewhere"));
        events.put(event.getString("id"), event);
        return event.getString("id");
    }

    /** The events held now, in order of creation. */
    synchronized List<DataObject> held() {
        return new ArrayList<>(events.values());
    }

    synchronized Answer answer(RecordedRequest request) {
        String[] parts = request.path().split("/");
        String id = parts.length > 3 ? parts[3] : null;
        if (refusal != 0 && !request.method().equals("GET")) {
            return error(refusal, 50013, "Missing Permissions");
        }
        if (id == null) {
            return switch (request.method()) {
                case "GET" -> new Answer(200, DataArray.fromCollection(new ArrayList<>(events.values())).toString());
                case "POST" -> create(request.json());
                default -> error(405, 0, "405: Method Not Allowed");
            };
        }
        DataObject event = events.get(id);
        if (event == null) {
            return error(404, 10070, "Unknown Guild Scheduled Event");
        }
        return switch (request.method()) {
            case "GET" -> new Answer(200, event.toString());
            case "PATCH" -> change(event, request.json());
            case "DELETE" -> {
                events.remove(id);
                yield new Answer(204, null);
            }
            default -> error(405, 0, "405: Method Not Allowed");
        };
    }

    private Answer create(DataObject sent) {
        if (events.size() >= LIMIT) {
            return error(400, 30038, "Maximum number of uncompleted guild scheduled events reached (100)");
        }
        DataObject event = blank(Payloads.BOT_ID);
        Answer invalid = apply(event, sent);
        if (invalid != null) {
            return invalid;
        }
        events.put(event.getString("id"), event);
        return new Answer(200, event.toString());
    }

    private Answer change(DataObject event, DataObject sent) {
        DataObject changed = DataObject.fromJson(event.toString());
        Answer invalid = apply(changed, sent);
        if (invalid != null) {
            return invalid;
        }
        events.put(event.getString("id"), changed);
        return new Answer(200, changed.toString());
    }

    /** Copies the sent fields onto the event and checks it as Discord does; the refusal, or null. */
    private static Answer apply(DataObject event, DataObject sent) {
        for (String field : List.of("name", "description", "scheduled_start_time", "scheduled_end_time")) {
            if (sent.hasKey(field)) {
                event.put(field, sent.isNull(field) ? null : sent.getString(field));
            }
        }
        sent.optObject("entity_metadata").ifPresent(m -> event.put("entity_metadata", m));
        String name = event.getString("name", "");
        String location = event.optObject("entity_metadata").map(m -> m.getString("location", "")).orElse("");
        if (name.isEmpty() || name.length() > 100 || event.getString("description", "").length() > 1000) {
            return error(400, 50035, "Invalid Form Body (name 1-100, description up to 1000 characters)");
        }
        if (location.isEmpty() || location.length() > 100 || event.isNull("scheduled_end_time")) {
            return error(400, 50035, "Invalid Form Body (an external event needs a location and an end time)");
        }
        Instant start = OffsetDateTime.parse(event.getString("scheduled_start_time")).toInstant();
        Instant end = OffsetDateTime.parse(event.getString("scheduled_end_time")).toInstant();
        if (!start.isAfter(Instant.now()) || !end.isAfter(start)) {
            return error(400, 50035, "Invalid Form Body (Cannot schedule event in the past, or to end before start)");
        }
        return null;
    }

    private DataObject blank(String creatorId) {
        String id = String.valueOf(ids.incrementAndGet());
        return DataObject.empty().put("id", id).put("guild_id", Payloads.GUILD_ID).put("channel_id", null)
                .put("creator_id", creatorId).put("creator", Payloads.user(creatorId, "Creator", true))
                .put("name", "").put("description", "").put("scheduled_start_time", null)
                .put("scheduled_end_time", null).put("privacy_level", 2).put("status", 1).put("entity_type", 3)
                .put("entity_id", null).put("entity_metadata", DataObject.empty().put("location", ""))
                .put("user_count", 0).put("image", null);
    }

    private static Answer error(int status, int code, String message) {
        return new Answer(status, DataObject.empty().put("code", code).put("message", message).toString());
    }
}
