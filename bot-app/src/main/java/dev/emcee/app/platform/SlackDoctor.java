package dev.emcee.app.platform;

import dev.emcee.app.doctor.check.DoctorContext;
import dev.emcee.app.doctor.check.Finding;
import dev.emcee.app.doctor.check.Fixes;
import dev.emcee.slack.SlackLauncher;
import dev.emcee.slack.SlackSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code emcee doctor} says about Slack: not configured, or its token checked with Slack (a refused token told
 * apart from an API that cannot be reached).
 */
final class SlackDoctor {
    private SlackDoctor() {
    }

    /** The findings on Slack: its bot token, and whether Socket Mode or HTTP mode can run. */
    static List<Finding> examine(DoctorContext c) {
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
            case UNREACHABLE -> Finding.fail("slack", check.message(), Fixes.unreachable(settings.apiUrl(),
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
}
