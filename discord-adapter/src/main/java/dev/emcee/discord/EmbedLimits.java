package dev.emcee.discord;

import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Keeps an embed within Discord's limits (25 fields, 4096 characters of description, 6000 in all) by showing as
 * much as fits and saying "and N more" for the rest.
 */
final class EmbedLimits {
    /** Room kept for the "and N more" field or line. */
    private static final int MORE_RESERVE = 120;

    private EmbedLimits() {
    }

    /**
     * Adds as many fields as fit, then one "and N more {noun}" field naming what was left out.
     *
     * @param hint what to ask to see fewer at a time, shown under "and N more"
     */
    static void addFields(EmbedBuilder embed, List<MessageEmbed.Field> fields, String noun, String hint) {
        int added = 0;
        for (MessageEmbed.Field field : fields) {
            boolean last = added == fields.size() - 1;
            int fieldLimit = last ? MessageEmbed.MAX_FIELD_AMOUNT : MessageEmbed.MAX_FIELD_AMOUNT - 1;
            int room = MessageEmbed.EMBED_MAX_LENGTH_BOT - (last ? 0 : MORE_RESERVE);
            if (embed.getFields().size() >= fieldLimit || embed.length() + length(field) > room) {
                break;
            }
            embed.addField(field);
            added++;
        }
        int left = fields.size() - added;
        if (left > 0) {
            embed.addField("…and " + left + " more " + noun, hint, false);
        }
    }

    /**
     * Sets the description to as many lines as fit in {@code max} characters (at most Discord's 4096), then
     * "…and N more {noun}".
     */
    static void describeLines(EmbedBuilder embed, String intro, List<String> lines, String noun, int max) {
        int limit = Math.min(max, MessageEmbed.DESCRIPTION_MAX_LENGTH);
        StringBuilder text = new StringBuilder(intro);
        int shown = 0;
        for (String line : lines) {
            int after = text.length() + (text.length() == 0 ? 0 : 1) + line.length();
            boolean last = shown == lines.size() - 1;
            if (after > (last ? limit : limit - MORE_RESERVE)) {
                break;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(line);
            shown++;
        }
        int left = lines.size() - shown;
        if (left > 0) {
            text.append(text.length() == 0 ? "" : "\n").append("…and ").append(left).append(" more ").append(noun);
        }
        embed.setDescription(text.toString());
    }

    private static int length(MessageEmbed.Field field) {
        return (field.getName() == null ? 0 : field.getName().length())
                + (field.getValue() == null ? 0 : field.getValue().length());
    }
}
