package dev.emcee.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.emcee.core.testing.LogCapture;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The organizers' Slack user groups, read through the real Slack client from the local Slack. */
@Timeout(30)
class SlackUserGroupsTest {
    @Test
    void aMemberIsInTheGroupsThatListThemAndAnUnreadableGroupMakesNobodyAnOrganizer() throws Exception {
        try (FakeSlack slack = new FakeSlack(); LogCapture log = LogCapture.of(SlackUserGroups.class)) {
            slack.userGroup("S0STAFF", "U0STAFF");
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(slack.apiUrl());
            SlackUserGroups groups = new SlackUserGroups(Slack.getInstance(config).methods(FakeSlack.BOT_TOKEN),
                    Set.of("S0STAFF", "S0GONE"));

            assertThat(groups.groupsOf("U0STAFF")).containsExactly("S0STAFF");
            assertThat(groups.groupsOf("U0OTHER")).isEmpty();
            assertThat(log.problems()).singleElement().asString().contains("S0GONE", "no_such_subteam",
                    "usergroups:read");
            assertThat(new SlackUserGroups(Slack.getInstance(config).methods(FakeSlack.BOT_TOKEN), Set.of())
                    .groupsOf("U0STAFF")).isEmpty();
        }
    }
}
