package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code emcee announcements} lists where {@code emcee run} would really post, and says when that is nowhere. */
class AnnouncementsListingTest {
    private static final Map<String, String> SLACK = Map.of("SLACK_BOT_TOKEN", "xoxb-listing-test");

    @TempDir
    Path dir;

    @Test
    void withoutAChatPlatformTheConsoleIsTheTarget() {
        Cli.Result r = new Cli().run("announcements", "--from", "2018-06-14T11:00");
        assertThat(r.out()).contains("console:console", "Sean Allen").doesNotContain("[warn]");
    }

    @Test
    void slackWithoutChannelsListsNothingAndSaysWhichSettingToAdd() {
        Cli.Result r = new Cli().environment(SLACK).run("announcements", "--from", "2018-06-14T11:00");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("[warn] Slack has no announcement channel, so no session will be announced "
                + "there: add announcements.channels.slack.digest: CHANNEL_ID to emcee.yaml",
                "No announcements to post in that time.").doesNotContain("console:console");
    }

    @Test
    void slackWithADigestChannelListsItsPosts() {
        Path config = Cli.configAnnouncingTo(dir, "slack", "C0123456789");
        Cli.Result r = new Cli().environment(SLACK).runRaw("--config", config.toString(), "--data",
                dir.resolve("data").toString(), "announcements", "--from", "2018-06-14T11:00");
        assertThat(r.out()).contains("slack:C0123456789", "Sean Allen").doesNotContain("console:console", "[warn]");
    }
}
