package dev.emcee.discord.fake;

import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.utils.TimeUtil;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** The JSON shapes of Discord's API that the fake sends, with the ids of its one server, channel and people. */
public final class Payloads {
    public static final String BOT_ID = "100000000000000001";
    public static final String GUILD_ID = "200000000000000002";
    public static final String CHANNEL_ID = "300000000000000003";
    public static final String DM_CHANNEL_ID = "300000000000000009";
    /** A channel where everyone, Emcee included, may read but not send. */
    public static final String READ_ONLY_CHANNEL_ID = "300000000000000008";
    public static final String USER_ID = "400000000000000004";
    public static final String OTHER_BOT_ID = "400000000000000005";
    /** Emcee's integration role in the server, which "@Emcee" may pick instead of the user. */
    public static final String BOT_ROLE_ID = "200000000000000007";
    public static final String TIMESTAMP = "2018-06-14T18:00:00.000000+00:00";
    /** View Channel, Send Messages, Embed Links, Read Message History, Send Messages in Threads. */
    static final long EVERYONE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 16) | (1L << 38);

    private static final AtomicLong NEXT = new AtomicLong();

    private Payloads() {
    }

    /** A user object. */
    public static DataObject user(String id, String name, boolean bot) {
        return DataObject.empty().put("id", id).put("username", name).put("global_name", name)
                .put("discriminator", "0").put("avatar", null).put("bot", bot).put("system", false)
                .put("public_flags", 0);
    }

    /** Emcee's own user. */
    public static DataObject self() {
        return user(BOT_ID, "Emcee", true).put("verified", true).put("mfa_enabled", false).put("flags", 0);
    }

    /** A guild member object for a user. */
    public static DataObject member(DataObject user) {
        return DataObject.empty().put("user", user).put("roles", DataArray.empty()).put("joined_at", TIMESTAMP)
                .put("deaf", false).put("mute", false).put("flags", 0).put("pending", false)
                .put("permissions", String.valueOf(EVERYONE_PERMISSIONS));
    }

    /** The READY dispatch. */
    static DataObject ready(String resumeUrl) {
        return DataObject.empty().put("v", 10).put("user", self())
                .put("guilds", DataArray.empty().add(DataObject.empty().put("id", GUILD_ID).put("unavailable", true)))
                .put("session_id", "fake-session").put("resume_gateway_url", resumeUrl)
                .put("private_channels", DataArray.empty())
                .put("application", DataObject.empty().put("id", BOT_ID).put("flags", 0));
    }

    /** Manage Events, which JDA checks before it creates a scheduled event. */
    public static final long MANAGE_EVENTS = 1L << 33;

    /** The GUILD_CREATE dispatch: one server with one text channel, Emcee and one person as members. */
    static DataObject guildCreate() {
        return guildCreate(0);
    }

    /** The GUILD_CREATE dispatch, Emcee's role holding {@code botPermissions}. */
    static DataObject guildCreate(long botPermissions) {
        DataObject everyone = DataObject.empty().put("id", GUILD_ID).put("name", "@everyone")
                .put("permissions", String.valueOf(EVERYONE_PERMISSIONS)).put("position", 0).put("color", 0)
                .put("hoist", false).put("managed", false).put("mentionable", false).put("flags", 0);
        return DataObject.empty().put("id", GUILD_ID).put("name", "Velocity 2018").put("owner_id", USER_ID)
                .put("unavailable", false).put("member_count", 2).put("large", false)
                .put("roles", DataArray.empty().add(everyone).add(botRole().put("permissions",
                        String.valueOf(botPermissions))))
                .put("channels", DataArray.empty().add(textChannel()).add(readOnlyChannel()))
                .put("members", DataArray.empty().add(member(self()).put("roles", DataArray.empty().add(BOT_ROLE_ID)))
                        .add(member(user(USER_ID, "Ada", false))))
                .put("threads", DataArray.empty()).put("emojis", DataArray.empty()).put("stickers", DataArray.empty())
                .put("voice_states", DataArray.empty()).put("presences", DataArray.empty())
                .put("guild_scheduled_events", DataArray.empty()).put("features", DataArray.empty())
                .put("premium_progress_bar_enabled", false).put("preferred_locale", "en-US")
                .put("afk_timeout", 300).put("verification_level", 0).put("default_message_notifications", 0)
                .put("explicit_content_filter", 0).put("mfa_level", 0).put("nsfw_level", 0).put("premium_tier", 0);
    }

    /** Emcee's managed integration role. */
    static DataObject botRole() {
        return DataObject.empty().put("id", BOT_ROLE_ID).put("name", "Emcee").put("permissions", "0")
                .put("position", 1).put("color", 0).put("hoist", false).put("managed", true)
                .put("mentionable", false).put("flags", 0).put("tags", DataObject.empty().put("bot_id", BOT_ID));
    }

    /** The server's text channel. */
    static DataObject textChannel() {
        return DataObject.empty().put("id", CHANNEL_ID).put("type", 0).put("name", "general")
                .put("guild_id", GUILD_ID).put("position", 0).put("permission_overwrites", DataArray.empty())
                .put("nsfw", false).put("topic", null).put("last_message_id", null).put("rate_limit_per_user", 0)
                .put("parent_id", null).put("flags", 0);
    }

    /** The read-only channel: @everyone is denied Send Messages there. */
    static DataObject readOnlyChannel() {
        DataObject denySend = DataObject.empty().put("id", GUILD_ID).put("type", 0).put("allow", "0")
                .put("deny", String.valueOf(1L << 11));
        return textChannel().put("id", READ_ONLY_CHANNEL_ID).put("name", "announcements").put("position", 1)
                .put("permission_overwrites", DataArray.empty().add(denySend));
    }

    /** A MESSAGE_CREATE in the server's channel. */
    public static DataObject guildMessage(String messageId, DataObject author, String content) {
        return guildMessage(messageId, CHANNEL_ID, author, content);
    }

    /** A MESSAGE_CREATE in one of the server's channels. */
    public static DataObject guildMessage(String messageId, String channelId, DataObject author, String content) {
        DataObject message = message(messageId, channelId, author, content).put("guild_id", GUILD_ID);
        return author.getBoolean("bot") ? message : message.put("member", member(author).remove("user"));
    }

    /** A MESSAGE_CREATE in a direct message with Emcee. */
    public static DataObject directMessage(String messageId, DataObject author, String content) {
        return message(messageId, DM_CHANNEL_ID, author, content);
    }

    /** A message object. */
    public static DataObject message(String messageId, String channelId, DataObject author, String content) {
        DataArray mentions = DataArray.empty();
        if (content.contains("<@" + BOT_ID + ">") || content.contains("<@!" + BOT_ID + ">")) {
            mentions.add(self());
        }
        return DataObject.empty().put("id", messageId).put("channel_id", channelId).put("author", author)
                .put("content", content).put("timestamp", TIMESTAMP).put("edited_timestamp", null)
                .put("tts", false).put("mention_everyone", false).put("mentions", mentions)
                .put("mention_roles", DataArray.empty()).put("attachments", DataArray.empty())
                .put("embeds", DataArray.empty()).put("components", DataArray.empty()).put("pinned", false)
                .put("type", 0).put("flags", 0);
    }

    /**
     * A fresh interaction id: a snowflake of the current time, since JDA refuses to answer interactions older than
     * Discord allows (3 seconds for the first response, 15 minutes in all).
     */
    public static String interactionId() {
        return String.valueOf(TimeUtil.getDiscordTimestamp(System.currentTimeMillis()) + NEXT.incrementAndGet());
    }

    /** An INTERACTION_CREATE for a slash command in the server's channel. */
    public static DataObject slashCommand(String interactionId, String name, DataArray options) {
        DataObject data = DataObject.empty().put("id", "500000000000000" + (100 + name.length())).put("name", name)
                .put("type", 1).put("options", options);
        return interaction(interactionId, 2, data);
    }

    /** An INTERACTION_CREATE for autocomplete while typing {@code option} of {@code command}. */
    public static DataObject autocomplete(String interactionId, String command, String option, String typed) {
        DataArray options = DataArray.empty().add(DataObject.empty().put("name", option).put("type", 3)
                .put("value", typed).put("focused", true));
        DataObject data = DataObject.empty().put("id", "500000000000000200").put("name", command).put("type", 1)
                .put("options", options);
        return interaction(interactionId, 4, data);
    }

    /** The DM channel the fake opens with a user: Ada's is {@link #DM_CHANNEL_ID}; others' are 31 and 16 digits. */
    public static String dmChannelOf(String userId) {
        return USER_ID.equals(userId) ? DM_CHANNEL_ID : "31" + userId.substring(Math.max(0, userId.length() - 16));
    }

    /**
     * An INTERACTION_CREATE for a click on a button under one of Emcee's messages in the server's channel.
     *
     * @param ephemeral whether the clicked message is ephemeral (only the clicker sees it)
     */
    public static DataObject buttonClick(String interactionId, String userId, String customId, boolean ephemeral) {
        DataObject button = DataObject.empty().put("type", 2).put("style", 2).put("label", "☆")
                .put("custom_id", customId);
        DataObject message = message("700000000000000001", CHANNEL_ID, self(), "")
                .put("components", DataArray.empty().add(DataObject.empty().put("type", 1)
                        .put("components", DataArray.empty().add(button))))
                .put("flags", ephemeral ? 64 : 0).put("guild_id", GUILD_ID);
        DataObject data = DataObject.empty().put("custom_id", customId).put("component_type", 2);
        return interaction(interactionId, 3, data).put("message", message)
                .put("member", member(user(userId, "Ada", false)));
    }

    /** A string option of a slash command. */
    public static DataObject stringOption(String name, String value) {
        return DataObject.empty().put("name", name).put("type", 3).put("value", value);
    }

    private static DataObject interaction(String interactionId, int type, DataObject data) {
        return DataObject.empty().put("id", interactionId).put("application_id", BOT_ID).put("type", type)
                .put("data", data).put("guild_id", GUILD_ID)
                .put("guild", DataObject.empty().put("id", GUILD_ID).put("locale", "en-US")
                        .put("features", DataArray.empty()))
                .put("channel_id", CHANNEL_ID).put("channel", textChannel())
                .put("member", member(user(USER_ID, "Ada", false)))
                .put("token", "token-" + interactionId).put("version", 1).put("locale", "en-US")
                .put("guild_locale", "en-US").put("app_permissions", String.valueOf(EVERYONE_PERMISSIONS))
                .put("entitlements", DataArray.empty())
                .put("authorizing_integration_owners", DataObject.empty().put("0", GUILD_ID))
                .put("context", 0);
    }
}
