package dev.emcee.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.answer.HelpAnswer;
import dev.emcee.core.connection.Agendas;
import dev.emcee.core.connection.PlatformStart;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Starting Slack refuses with one message naming what to set, and never throws. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SlackLauncherTest {
    private FakeSlack slack;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
    }

    @AfterEach
    void stop() throws Exception {
        slack.close();
    }

    @Test
    void withoutABotTokenSlackIsOffAndTheMessageNamesTheVariable() {
        assertThat(reason(Map.of())).contains("SLACK_BOT_TOKEN").doesNotContain("Exception");
        assertThat(slack.methodCalls()).isEmpty();
    }

    @Test
    void withoutAnAppTokenOrASigningSecretTheMessageNamesBoth() {
        assertThat(reason(Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN)))
                .contains("SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET");
    }

    @Test
    void aRejectedBotTokenIsNamed() {
        slack.rejectBotToken();

        assertThat(reason(Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_SIGNING_SECRET", "s")))
                .startsWith("Slack rejected SLACK_BOT_TOKEN (auth.test: invalid_auth)");
    }

    @Test
    void aRejectedAppTokenIsNamed() {
        assertThat(reason(Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_APP_TOKEN", "xapp-1-wrong-000000000")))
                .contains("SLACK_APP_TOKEN", "invalid_auth");
    }

    @Test
    void anUnreachableSlackIsExplained() throws Exception {
        String url = slack.apiUrl();
        slack.close();

        assertThat(SlackLauncher.start(new SlackParts(new SlackSettings(null, null, url),
                Map.of("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN, "SLACK_SIGNING_SECRET", "s"), inquiry -> Optional.empty(), Agendas.off())))
                .isInstanceOfSatisfying(PlatformStart.Refused.class, r -> assertThat(r.reason())
                        .isEqualTo("Could not reach Slack at " + url + ": the connection was refused; "
                                + "SLACK_BOT_TOKEN was not checked"));
    }

    private String reason(Map<String, String> environment) {
        PlatformStart<SlackConnection> start = SlackLauncher.start(new SlackParts(new SlackSettings(null, null, slack.apiUrl()), environment,
                inquiry -> Optional.of(new HelpAnswer("help", List.of())), Agendas.off()));
        assertThat(start).isInstanceOf(PlatformStart.Refused.class);
        return ((PlatformStart.Refused) start).reason();
    }
}
