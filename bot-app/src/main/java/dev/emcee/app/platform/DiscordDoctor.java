package dev.emcee.app.platform;

import dev.emcee.app.doctor.check.DoctorContext;
import dev.emcee.app.doctor.check.Finding;
import dev.emcee.app.doctor.check.Fixes;
import dev.emcee.core.announce.DurationText;
import dev.emcee.core.events.EventWindow;
import dev.emcee.discord.DiscordConnector;
import dev.emcee.discord.DiscordSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code emcee doctor} says about Discord: not configured, or its token checked with Discord (a refused token told
 * apart from an API that cannot be reached).
 */
final class DiscordDoctor {
    private DiscordDoctor() {
    }

    /** The findings on Discord: its bot token, and the Events list when Emcee keeps it. */
    static List<Finding> examine(DoctorContext c) {
        List<Finding> findings = new ArrayList<>(token(c));
        DiscordSettings settings = c.settings().map(s -> s.discord()).orElse(DiscordSettings.defaults());
        if (settings.scheduledEvents().enabled()) {
            boolean simulated = c.settings().map(s -> s.clock().simulatedStart() != null).orElse(false);
            EventWindow window = settings.scheduledEvents().window();
            findings.add(simulated
                    ? Finding.warn("discord events", "discord.scheduled-events is on, but the clock is simulated "
                            + "(clock.simulated-start), so Emcee leaves the server's Events list alone",
                            "remove clock.simulated-start from emcee.yaml to keep the Events list on the real clock")
                    : Finding.ok("discord events", "keeping the Events list of server " + settings.guild()
                            .orElseThrow() + ": at most " + window.limit() + " sessions, "
                            + DurationText.format(window.ahead()) + " ahead; Emcee needs "
                            + "Manage Events there (./emcee discord-invite asks for it)"));
        }
        return findings;
    }

    private static List<Finding> token(DoctorContext c) {
        Optional<String> token = c.environment().get(DiscordConnector.TOKEN_VARIABLE);
        if (token.isEmpty()) {
            return List.of(Finding.ok("discord", "not configured (set " + DiscordConnector.TOKEN_VARIABLE
                    + " to answer on Discord)"));
        }
        DiscordSettings settings = c.settings().map(s -> s.discord()).orElse(DiscordSettings.defaults());
        DiscordConnector.TokenCheck check = DiscordConnector.checkToken(settings, token.get());
        String api = DiscordConnector.apiUrl(settings);
        return List.of(switch (check.verdict()) {
            case ACCEPTED -> Finding.ok("discord", DiscordConnector.TOKEN_VARIABLE + " accepted: " + check.message());
            case REFUSED -> Finding.fail("discord", check.message(), "set " + DiscordConnector.TOKEN_VARIABLE
                    + " to the bot token from the Developer Portal; docs/discord.md");
            case UNREACHABLE -> Finding.fail("discord", check.message(), Fixes.unreachable(api,
                    "discord.api-url (EMCEE_DISCORD_API_URL)"));
            case UNEXPECTED -> Finding.fail("discord", check.message(), "try again; if it persists, check "
                    + "discord.api-url (EMCEE_DISCORD_API_URL) and https://discordstatus.com");
        });
    }
}
