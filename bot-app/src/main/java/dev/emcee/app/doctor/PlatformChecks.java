package dev.emcee.app.doctor;

import dev.emcee.scheduler.DatabaseSettings;
import dev.emcee.discord.DiscordConnector;
import dev.emcee.discord.DiscordSettings;
import dev.emcee.slack.SlackLauncher;
import dev.emcee.slack.SlackSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks each configured platform's token with the platform (telling a refused token from an API that cannot be
 * reached), and the announcement database (that the embedded one is free, that a shared one answers).
 */
final class PlatformChecks {
    private static final int DATABASE_TIMEOUT_SECONDS = 10;
    /** H2's file name suffix, and its error code for a database file another process holds (90020). */
    private static final String H2_SUFFIX = ".mv.db";
    private static final int H2_DATABASE_IN_USE = 90020;

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
        out.add(switch (check.verdict()) {
            case ACCEPTED -> Finding.ok("slack", SlackLauncher.BOT_TOKEN + " accepted: " + check.message());
            case REFUSED -> Finding.fail("slack", check.message(), "set " + SlackLauncher.BOT_TOKEN + " to the Bot "
                    + "User OAuth Token (xoxb-…) of your Slack app; docs/slack.md step 3");
            case UNREACHABLE -> Finding.fail("slack", check.message(), unreachable(settings.apiUrl(),
                    "slack.api-url (EMCEE_SLACK_API_URL)"));
            case UNEXPECTED -> Finding.fail("slack", check.message(), "try again; if it persists, check "
                    + "slack.api-url (EMCEE_SLACK_API_URL) and https://status.slack.com");
        });
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
        String api = DiscordConnector.apiUrl(settings);
        return List.of(switch (check.verdict()) {
            case ACCEPTED -> Finding.ok("discord", DiscordConnector.TOKEN_VARIABLE + " accepted: " + check.message());
            case REFUSED -> Finding.fail("discord", check.message(), "set " + DiscordConnector.TOKEN_VARIABLE
                    + " to the bot token from the Developer Portal; docs/discord.md");
            case UNREACHABLE -> Finding.fail("discord", check.message(), unreachable(api,
                    "discord.api-url (EMCEE_DISCORD_API_URL)"));
            case UNEXPECTED -> Finding.fail("discord", check.message(), "try again; if it persists, check "
                    + "discord.api-url (EMCEE_DISCORD_API_URL) and https://discordstatus.com");
        });
    }

    /**
     * Whether the embedded database can be opened: another Emcee running on the same data folder holds its file,
     * and {@code emcee run} would then refuse to start.
     */
    @SuppressWarnings("try") // the resource is held for the block and never read
    private static Finding embedded(DatabaseSettings database, Path data) {
        Path folder = data.toAbsolutePath().normalize();
        String what = "the embedded database in " + folder;
        if (!Files.exists(folder.resolve(DatabaseSettings.EMBEDDED_FILE + H2_SUFFIX))) {
            return Finding.ok("database", what + " (one instance; created when Emcee first runs)");
        }
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(folder) + ";IFEXISTS=TRUE",
                "sa", "")) {
            return Finding.ok("database", what + " is free (one instance)");
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_IN_USE || String.valueOf(e.getMessage()).contains("locked")) {
                return Finding.fail("database", what + " is in use by another Emcee, so emcee run would refuse to "
                        + "start", "stop that Emcee, give this one its own --data folder, or share a PostgreSQL "
                        + "database between instances (database.url, EMCEE_DATABASE_URL)");
            }
            return Finding.fail("database", "cannot open " + what + ": " + e.getMessage(),
                    "move the file " + DatabaseSettings.EMBEDDED_FILE + H2_SUFFIX + " aside (announcement state is "
                            + "lost), or pass another --data folder");
        }
    }

    /** The fix for an API that could not be reached: the network, not the token. */
    private static String unreachable(String url, String setting) {
        return "a network problem, not the token: check that this machine can reach " + url + " (DNS, firewall, "
                + "proxy), or correct " + setting + "; then run doctor again to check the token";
    }

    static List<Finding> database(DoctorContext c) {
        if (c.settings().isEmpty()) {
            return List.of();
        }
        DatabaseSettings database = c.settings().get().database();
        if (database.url() == null || database.url().isBlank()) {
            return List.of(embedded(database, c.dataDirectory()));
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
