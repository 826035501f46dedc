package dev.emcee.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.Test;

class DiscordInviteTest {
    @Test
    void theInviteAsksForTheBotAndCommandScopesAndOnlyTheNeededPermissions() {
        String url = DiscordInvite.url("100000000000000001");

        long permissions = Long.parseLong(url.replaceAll(".*permissions=", ""));
        assertThat(url).startsWith("https://discord.com/oauth2/authorize?client_id=100000000000000001&")
                .contains("scope=bot%20applications.commands");
        assertThat(Permission.getPermissions(permissions)).containsExactlyInAnyOrder(Permission.VIEW_CHANNEL,
                Permission.MESSAGE_SEND, Permission.MESSAGE_SEND_IN_THREADS, Permission.MESSAGE_EMBED_LINKS,
                Permission.MESSAGE_HISTORY);
    }

    @Test
    void withScheduledEventsTheInviteAsksForManageEventsToo() throws Exception {
        DiscordSettings settings = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readValue("""
                application-id: "100000000000000001"
                guild-id: "200000000000000002"
                scheduled-events: {enabled: true}
                """, DiscordSettings.class);

        long with = Long.parseLong(DiscordInvite.url(settings).orElseThrow().replaceAll(".*permissions=", ""));
        long without = Long.parseLong(DiscordInvite.url("100000000000000001").replaceAll(".*permissions=", ""));

        assertThat(Permission.getPermissions(with)).contains(Permission.MANAGE_EVENTS)
                .containsAll(Permission.getPermissions(without)).hasSize(Permission.getPermissions(without).size() + 1);
        assertThat(Permission.getPermissions(without)).doesNotContain(Permission.MANAGE_EVENTS);
    }

    @Test
    void withoutAnApplicationIdThereIsNoUrlButAHint() {
        assertThat(DiscordInvite.url(DiscordSettings.defaults())).isEmpty();
        assertThat(DiscordInvite.missingApplicationId()).contains("discord.application-id");
        assertThatThrownBy(() -> DiscordInvite.url("abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
