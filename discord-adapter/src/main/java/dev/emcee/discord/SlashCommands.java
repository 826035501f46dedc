package dev.emcee.discord;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * Emcee's slash commands: {@code /emcee question:}, and the shortcuts {@code /next [room]}, {@code /now},
 * {@code /who name:} and the organizers' {@code /announce text:}, each turned into the question (or command) the
 * core understands.
 */
final class SlashCommands {
    static final String EMCEE = "emcee";
    static final String NEXT = "next";
    static final String NOW = "now";
    static final String WHO = "who";
    static final String QUESTION = "question";
    static final String ROOM = "room";
    static final String NAME = "name";
    static final String ANNOUNCE = "announce";
    static final String TEXT = "text";

    private SlashCommands() {
    }

    /** The command definitions to register with Discord. */
    static List<SlashCommandData> definitions() {
        return List.of(
                Commands.slash(EMCEE, "Ask Emcee about the conference")
                        .addOption(OptionType.STRING, QUESTION, "Your question, such as: what's next in LL21 A/B",
                                true),
                Commands.slash(NEXT, "What starts next, everywhere or in one room")
                        .addOption(OptionType.STRING, ROOM, "A room (optional)", false, true),
                Commands.slash(NOW, "What is on right now"),
                Commands.slash(WHO, "Who a speaker is, and when they speak")
                        .addOption(OptionType.STRING, NAME, "The speaker's name", true, true),
                Commands.slash(ANNOUNCE, "Organizers: announce something in the digest channels (after a preview)")
                        .addOption(OptionType.STRING, TEXT, "What to announce", true));
    }

    /**
     * The question a command asks, given its options by name; empty for a command Emcee does not know or a required
     * option that is missing.
     */
    static Optional<String> questionFor(String command, Function<String, Optional<String>> option) {
        return switch (command) {
            case EMCEE -> option.apply(QUESTION);
            case NEXT -> Optional.of(option.apply(ROOM).map(room -> "what's next in " + room).orElse("what's next"));
            case NOW -> Optional.of("what's on now");
            case WHO -> option.apply(NAME).map(name -> "who is " + name);
            case ANNOUNCE -> option.apply(TEXT).map(text -> "announce: " + text);
            default -> Optional.empty();
        };
    }
}
