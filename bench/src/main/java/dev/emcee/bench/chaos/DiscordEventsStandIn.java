package dev.emcee.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's Scheduled Events on the Discord stand-in ({@code guilds/ID/scheduled-events[/EVENT]}), one list for
 * all instances as Discord has: it creates, lists, updates and deletes them, and tells {@link Observations} of
 * every create, with whether the session already had a live event then (a duplicate at the platform).
 */
final class DiscordEventsStandIn {
    private static final Pattern MARK = Pattern.compile("Emcee · (\\S+) · [0-9a-f]{16}\\s*$");

    private final Observations seen;
    private final Map<String, Map<String, Object>> events = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(800_000_000_000_000_000L);

    DiscordEventsStandIn(Observations seen) {
        this.seen = seen;
    }

    /** Whether this stand-in answers the route. */
    static boolean handles(String route) {
        return route.matches("guilds/\\d+/scheduled-events(/\\d+)?");
    }

    void handle(HttpExchange exchange, String method, String route, String body) throws IOException {
        String[] parts = route.split("/");
        String id = parts.length > 3 ? parts[3] : null;
        synchronized (events) {
            if (method.equals("GET") && id == null) {
                StandInHttp.respond(exchange, 200, new ArrayList<>(events.values()));
            } else if (method.equals("POST") && id == null) {
                StandInHttp.respond(exchange, 200, create(StandInHttp.JSON.readTree(body)));
            } else if (id != null && !events.containsKey(id)) {
                StandInHttp.respond(exchange, 404, DiscordPayloads.object("code", 10070,
                        "message", "Unknown Guild Scheduled Event"));
            } else if (method.equals("GET")) {
                StandInHttp.respond(exchange, 200, events.get(id));
            } else if (method.equals("PATCH")) {
                Map<String, Object> event = events.get(id);
                apply(event, StandInHttp.JSON.readTree(body));
                seen.eventUpdated(sessionOf(event));
                StandInHttp.respond(exchange, 200, event);
            } else if (method.equals("DELETE")) {
                seen.eventDeleted(sessionOf(events.remove(id)));
                StandInHttp.respond(exchange, 204, null);
            } else {
                StandInHttp.respond(exchange, 405, DiscordPayloads.object("code", 0, "message", "405: Method Not "
                        + "Allowed"));
            }
        }
    }

    private Map<String, Object> create(JsonNode sent) {
        String id = Long.toString(ids.incrementAndGet());
        Map<String, Object> event = DiscordPayloads.object("id", id, "guild_id", DiscordPayloads.GUILD_ID,
                "channel_id", null, "creator_id", DiscordPayloads.BOT_ID, "name", "", "description", "",
                "scheduled_start_time", null, "scheduled_end_time", null, "privacy_level", 2, "status", 1,
                "entity_type", 3, "entity_id", null, "entity_metadata", DiscordPayloads.object("location", ""),
                "creator", DiscordPayloads.self(), "user_count", 0, "image", null);
        apply(event, sent);
        String session = sessionOf(event);
        boolean live = events.values().stream().anyMatch(e -> session != null && session.equals(sessionOf(e)));
        seen.eventCreated(session, live);
        events.put(id, event);
        return event;
    }

    private static void apply(Map<String, Object> event, JsonNode sent) {
        for (String field : List.of("name", "description", "scheduled_start_time", "scheduled_end_time")) {
            if (sent.has(field)) {
                event.put(field, sent.path(field).asText());
            }
        }
        if (sent.has("entity_metadata")) {
            event.put("entity_metadata", DiscordPayloads.object("location",
                    sent.path("entity_metadata").path("location").asText()));
        }
    }

    private static String sessionOf(Map<String, Object> event) {
        Matcher mark = MARK.matcher(String.valueOf(event.get("description")));
        return mark.find() ? mark.group(1) : null;
    }
}
