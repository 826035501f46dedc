package dev.emcee.app.doctor;

import dev.emcee.announce.DatabaseSettings;
import dev.emcee.discord.DiscordConnector;
import dev.emcee.discord.DiscordSettings;
import dev.emcee.slack.SlackLauncher;
import dev.emcee.slack.SlackSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks each configured platform's token with the platform, and the announcement database. */
final class PlatformChecks {
    private static final int DATABASE_TIMEOUT_SECONDS = 10;

    private PlatformChecks() {
    }

    static List<Finding> slack(DoctorContext c) {
        Optional<String> token = c.environment().get(SlackLauncher.BOT_TOKEN);
        if (token.isEmpty()) {
            return List.of(Finding.ok("slack", "not configured (set " + SlackLauncher.BOT_TOKEN + " to answer on "
                    + "Slack)"));
        }
        List<Finding> out = new ArrayList<>();
        SlackSettings settings = c.settings().map(s -> s.slack()).orElse(SlackSettings.defaults());
        SlackLauncher.TokenCheck check = SlackLauncher.checkToken(settings, token.get());
        out.add(check.accepted() ? Finding.ok("slack", SlackLauncher.BOT_TOKEN + " accepted: " + check.message())
                : Finding.fail("slack", check.message(), "set " + SlackLauncher.BOT_TOKEN + " to the Bot User OAuth "
                        + "Token (xoxb-…) of your Slack app; docs/slack.md step 3"));
        boolean socket = c.environment().get(SlackLauncher.APP_TOKEN).isPresent();
        boolean http = c.environment().get(SlackLauncher.SIGNING_SECRET).isPresent();
        if (!socket && !http) {
            out.add(Finding.fail("slack", "neither " + SlackLauncher.APP_TOKEN + " nor " + SlackLauncher.SIGNING_SECRET
                    + " is set", "set " + SlackLauncher.APP_TOKEN + " for Socket Mode (no public URL needed) or "
                    + SlackLauncher.SIGNING_SECRET + " with http.port for HTTP mode; docs/slack.md"));
        } else if (!socket && c.settings().map(s -> s.http().port()).isEmpty()) {
            out.add(Finding.fail("slack", "HTTP mode needs http.port", "set EMCEE_HTTP_PORT, or set "
                    + SlackLauncher.APP_TOKEN + " for Socket Mode"));
        }
        return out;
    }

    static List<Finding> discord(DoctorContext c) {
        Optional<String> token = c.environment().get(DiscordConnector.TOKEN_VARIABLE);
        if (token.isEmpty()) {
            return List.of(Finding.ok("discord", "not configured (set " + DiscordConnector.TOKEN_VARIABLE
                    + " to answer on Discord)"));
        }
        DiscordSettings settings = c.settings().map(s -> s.discord()).orElse(DiscordSettings.defaults());
        DiscordConnector.TokenCheck check = DiscordConnector.checkToken(settings, token.get());
        return List.of(check.accepted()
                ? Finding.ok("discord", DiscordConnector.TOKEN_VARIABLE + " accepted: " + check.message())
                : Finding.fail("discord", check.message(), "set " + DiscordConnector.TOKEN_VARIABLE + " to the bot "
                        + "token from the Developer Portal; docs/discord.md"));
    }

    static List<Finding> database(DoctorContext c) {
        if (c.settings().isEmpty()) {
            return List.of();
        }
        DatabaseSettings database = c.settings().get().database();
        if (database.url() == null || database.url().isBlank()) {
            return List.of(Finding.ok("database", "the embedded database in the data folder (one instance)"));
        }
        DriverManager.setLoginTimeout(DATABASE_TIMEOUT_SECONDS);
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
                database.password())) {
            boolean valid = connection.isValid(DATABASE_TIMEOUT_SECONDS);
            return List.of(valid ? Finding.ok("database", "connected to " + connection.getMetaData()
                    .getDatabaseProductName() + " at " + database.url())
                    : Finding.fail("database", "connected to " + database.url() + " but it does not answer",
                            "check the database server"));
        } catch (SQLException e) {
            return List.of(Finding.fail("database", "cannot connect to " + database.url() + ": " + e.getMessage(),
                    "check database.url (EMCEE_DATABASE_URL), database.user and the password "
                            + "(EMCEE_DATABASE_PASSWORD or EMCEE_DATABASE_PASSWORD_FILE), and that the server runs"));
        }
    }
}
