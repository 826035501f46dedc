package dev.emcee.bench.chaos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of Discord that the stand-in sends (as maps for Jackson), with the ids of its one server: a
 * channel for questions and one channel per room of the generated conference.
 */
final class DiscordPayloads {
    static final String TOKEN = "chaos-discord-token";
    static final String BOT_ID = "100000000000000001";
    static final String GUILD_ID = "200000000000000002";
    static final String QUESTION_CHANNEL = "300000000000000003";
    static final String ASKER_ID = "400000000000000004";
    static final String TIMESTAMP = "2026-12-02T18:00:00.000000+00:00";
    /** View Channel, Send Messages, Embed Links, Read Message History, Send Messages in Threads, Manage Events. */
    private static final long PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 16) | (1L << 38)
            | (1L << 33);

    private DiscordPayloads() {
    }

    /** The channel a room's announcements go to. */
    static String roomChannel(String room) {
        List<String> rooms = allRooms();
        return String.format("31000000000000%04d", rooms.indexOf(room) + 1);
    }

    static List<String> allRooms() {
        List<String> rooms = new ArrayList<>(ChaosPlan.ROOMS);
        rooms.add(ChaosPlan.MOVED_ROOM);
        rooms.add(ChaosPlan.ADDED_ROOM);
        return rooms;
    }

    /** A map of alternating keys and values, in order (values may be null). */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static Map<String, Object> user(String id, String name, boolean bot) {
        return object("id", id, "username", name, "global_name", name, "discriminator", "0", "avatar", null,
                "bot", bot, "system", false, "public_flags", 0);
    }

    static Map<String, Object> self() {
        Map<String, Object> self = user(BOT_ID, "Emcee", true);
        self.putAll(object("verified", true, "mfa_enabled", false, "flags", 0));
        return self;
    }

    static Map<String, Object> member(Map<String, Object> user) {
        return object("user", user, "roles", List.of(), "joined_at", TIMESTAMP, "deaf", false, "mute", false,
                "flags", 0, "pending", false, "permissions", String.valueOf(PERMISSIONS));
    }

    static Map<String, Object> ready(String sessionId, String resumeUrl) {
        return object("v", 10, "user", self(), "guilds", List.of(object("id", GUILD_ID, "unavailable", true)),
                "session_id", sessionId, "resume_gateway_url", resumeUrl, "private_channels", List.of(),
                "application", object("id", BOT_ID, "flags", 0));
    }

    static Map<String, Object> guildCreate() {
        Map<String, Object> everyone = object("id", GUILD_ID, "name", "@everyone", "permissions",
                String.valueOf(PERMISSIONS), "position", 0, "color", 0, "hoist", false, "managed", false,
                "mentionable", false, "flags", 0);
        List<Object> channels = new ArrayList<>();
        channels.add(textChannel(QUESTION_CHANNEL, "questions", 0));
        List<String> rooms = allRooms();
        for (int i = 0; i < rooms.size(); i++) {
            channels.add(textChannel(roomChannel(rooms.get(i)), "room-" + rooms.get(i), i + 1));
        }
        return object("id", GUILD_ID, "name", "Chaos Conf", "owner_id", ASKER_ID, "unavailable", false,
                "member_count", 2, "large", false, "roles", List.of(everyone), "channels", channels,
                "members", List.of(member(self()), member(user(ASKER_ID, "Ada", false))), "threads", List.of(),
                "emojis", List.of(), "stickers", List.of(), "voice_states", List.of(), "presences", List.of(),
                "guild_scheduled_events", List.of(), "features", List.of(), "premium_progress_bar_enabled", false,
                "preferred_locale", "en-US", "afk_timeout", 300, "verification_level", 0,
                "default_message_notifications", 0, "explicit_content_filter", 0, "mfa_level", 0, "nsfw_level", 0,
                "premium_tier", 0);
    }

    private static Map<String, Object> textChannel(String id, String name, int position) {
        return object("id", id, "type", 0, "name", name, "guild_id", GUILD_ID, "position", position,
                "permission_overwrites", List.of(), "nsfw", false, "topic", null, "last_message_id", null,
                "rate_limit_per_user", 0, "parent_id", null, "flags", 0);
    }

    /** A message object; a guild message from a person carries the member too. */
    static Map<String, Object> message(String id, String channelId, Map<String, Object> author, String content) {
        Map<String, Object> message = object("id", id, "channel_id", channelId, "author", author,
                "content", content, "timestamp", TIMESTAMP, "edited_timestamp", null, "tts", false,
                "mention_everyone", false, "mentions", List.of(), "mention_roles", List.of(), "attachments", List.of(),
                "embeds", List.of(), "components", List.of(), "pinned", false, "type", 0, "flags", 0);
        return message;
    }

    /** The MESSAGE_CREATE of a question in the questions channel. */
    static Map<String, Object> question(String messageId, String content) {
        Map<String, Object> message = message(messageId, QUESTION_CHANNEL, user(ASKER_ID, "Ada", false), content);
        message.put("guild_id", GUILD_ID);
        Map<String, Object> member = member(user(ASKER_ID, "Ada", false));
        member.remove("user");
        message.put("member", member);
        return message;
    }
}
