package dev.emcee.discord;

import dev.emcee.core.connection.AdapterBoundaries;

/** The Discord adapter keeps to JDA and the core: no Bolt or Slack SDK, no scheduler, no format library, no cycles. */
class DiscordBoundariesTest extends AdapterBoundaries {
    DiscordBoundariesTest() {
        super("dev.emcee.discord", "com.slack..");
    }
}
