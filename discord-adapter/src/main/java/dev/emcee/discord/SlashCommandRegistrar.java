package dev.emcee.discord;

import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once connected, says so in the log and registers the slash commands: for one server when {@code discord.guild-id}
 * is set (they appear at once), globally otherwise (Discord may take up to an hour to show them everywhere).
 */
final class SlashCommandRegistrar extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(SlashCommandRegistrar.class);

    private final Optional<String> guildId;
    private final String prefix;

    SlashCommandRegistrar(Optional<String> guildId, String prefix) {
        this.guildId = guildId;
        this.prefix = prefix;
    }

    @Override
    public void onReady(ReadyEvent event) {
        try {
            JDA jda = event.getJDA();
            String ways = jda.getGatewayIntents().contains(GatewayIntent.MESSAGE_CONTENT)
                    ? "'" + prefix + " …', mentions, direct messages and slash commands"
                    : "mentions, direct messages and slash commands";
            LOG.info("Discord: connected as {} to {} server(s); answering {}", jda.getSelfUser().getName(),
                    event.getGuildTotalCount(), ways);
            register(jda);
        } catch (RuntimeException e) {
            LOG.error("Discord: could not register the slash commands: {}", e, e);
        }
    }

    private void register(JDA jda) {
        Optional<Guild> guild = guildId.map(jda::getGuildById);
        if (guildId.isPresent() && guild.isEmpty()) {
            LOG.warn("Discord: discord.guild-id {} is not a server Emcee is in; invite it there (emcee "
                    + "discord-invite). Registering the slash commands globally instead.", guildId.get());
        }
        CommandListUpdateAction update = guild.map(Guild::updateCommands).orElseGet(jda::updateCommands);
        update.addCommands(SlashCommands.definitions().toArray(CommandData[]::new)).queue(
                commands -> LOG.info("Discord: slash commands /emcee, /next, /now, /who and /announce registered {}",
                        guild.map(g -> "in " + g.getName()).orElse("globally (may take up to an hour to appear)")),
                failure -> DiscordFailures.log("register the slash commands", failure));
    }
}
