package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.testing.BundledConference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docs/slack.md stays true to config/slack-app-manifest.yml: the same scopes, the same events (those Slack's listeners
 * handle, the Home tab's among them), every HTTP-mode URL.
 */
class SlackGuideTest {
    private static final Path ROOT = BundledConference.configDirectory().getParent();
    private static final Pattern SECTION = Pattern.compile("^(\\s*)([a-z_]+):\\s*(#.*)?$");
    /** How the guide names each manifest section that has an HTTP-mode URL. */
    private static final Map<String, String> SECTION_IN_THE_GUIDE = Map.of("slash_commands", "slash command's `url`",
            "event_subscriptions", "event subscriptions' `request_url`", "interactivity", "interactivity `request_url`");

    private static String guide() throws IOException {
        return Files.readString(ROOT.resolve("docs/slack.md"));
    }

    private static List<String> manifestLines() throws IOException {
        return Files.readAllLines(ROOT.resolve("config/slack-app-manifest.yml"));
    }

    @Test
    void theGuideListsExactlyTheManifestsBotScopes() throws IOException {
        Map<String, Object> manifest = new Yaml().load(String.join("\n", manifestLines()));
        @SuppressWarnings("unchecked")
        List<String> scopes = (List<String>) ((Map<String, Map<String, Object>>) manifest.get("oauth_config"))
                .get("scopes").get("bot");

        String guide = guide();
        int at = guide.indexOf("It asks for the scopes Emcee needs (");
        assertThat(at).as("the guide's list of scopes").isNotNegative();
        String list = guide.substring(at, guide.indexOf(')', at));
        Set<String> documented = new LinkedHashSet<>();
        Matcher code = Pattern.compile("`([^`]+)`").matcher(list);
        while (code.find()) {
            documented.add(code.group(1));
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(scopes);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theManifestSubscribesToEveryEventEmceeHandlesAndEnablesTheHomeTab() throws IOException {
        Map<String, Object> manifest = new Yaml().load(String.join("\n", manifestLines()));
        Map<String, Object> appHome = (Map<String, Object>) ((Map<String, Object>) manifest.get("features"))
                .get("app_home");
        List<String> events = (List<String>) ((Map<String, Map<String, Object>>) manifest.get("settings"))
                .get("event_subscriptions").get("bot_events");

        assertThat(appHome).containsEntry("home_tab_enabled", true).containsEntry("messages_tab_enabled", true);
        assertThat(events).containsExactlyInAnyOrder("app_mention", "message.im", "app_home_opened");
        assertThat(guide()).contains("subscribes to `app_mention`, `message.im` and `app_home_opened`, enables the "
                + "Home tab");
    }

    @Test
    void httpModeNamesEveryUrlTheManifestMarksForIt() throws IOException {
        List<String> lines = manifestLines();
        List<String> sections = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("# HTTP mode") && lines.get(i).strip().startsWith("#")) {
                sections.add(enclosingSection(lines, i));
            }
        }
        assertThat(sections).as("HTTP-mode lines in the manifest").isNotEmpty();

        String guide = guide();
        String httpMode = guide.substring(guide.indexOf("### HTTP mode"), guide.indexOf("###", guide.indexOf(
                "### HTTP mode") + 3));
        for (String section : sections) {
            assertThat(SECTION_IN_THE_GUIDE).as("a known manifest section").containsKey(section);
            assertThat(httpMode).as("HTTP mode names the %s URL", section).contains(SECTION_IN_THE_GUIDE.get(section));
        }
        String[] counts = {"zero", "one", "two", "three", "four", "five", "six"};
        assertThat(httpMode).contains("uncomment the " + counts[sections.size()] + " lines marked `HTTP mode`");
        assertThat(String.join("\n", lines)).contains("uncomment the " + counts[sections.size()]
                + " lines marked \"HTTP mode\"");
    }

    /** The nearest key above line {@code i}, less indented than it, that opens a section (has no value). */
    private static String enclosingSection(List<String> lines, int i) {
        int indent = lines.get(i).indexOf('#');
        for (int j = i - 1; j >= 0; j--) {
            Matcher m = SECTION.matcher(lines.get(j));
            if (m.matches() && m.group(1).length() < indent) {
                return m.group(2);
            }
        }
        throw new AssertionError("no section above line " + (i + 1));
    }
}
