package dev.emcee.slack;

import dev.emcee.core.connection.AdapterBoundaries;

/** The Slack adapter keeps to Bolt, the Slack SDK and the core: no JDA, no scheduler, no format library, no cycles. */
class SlackBoundariesTest extends AdapterBoundaries {
    SlackBoundariesTest() {
        super("dev.emcee.slack", "net.dv8tion..");
    }
}
