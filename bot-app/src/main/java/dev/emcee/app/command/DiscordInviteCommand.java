package dev.emcee.app.command;

import dev.emcee.app.CommandContext;
import dev.emcee.discord.DiscordInvite;
import dev.emcee.discord.DiscordSettings;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code emcee discord-invite}: prints the link that adds Emcee's bot to a Discord server. */
@Command(name = "discord-invite", description = {"Print the link that adds Emcee to a Discord server, with the "
        + "bot and slash-command scopes and only the permissions it needs.",
    "Needs discord.application-id in emcee.yaml (or EMCEE_DISCORD_APPLICATION_ID)."})
public final class DiscordInviteCommand implements Callable<Integer> {
    @ParentCommand
    CommandContext main;

    @Override
    public Integer call() {
        DiscordSettings settings = main.runtime().settings().discord();
        Optional<String> url = DiscordInvite.url(settings);
        if (url.isEmpty()) {
            main.launch().err().println("emcee discord-invite: " + DiscordInvite.missingApplicationId());
            return 1;
        }
        main.launch().out().println(url.get());
        return 0;
    }
}
