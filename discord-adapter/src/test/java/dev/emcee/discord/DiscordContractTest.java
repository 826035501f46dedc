package dev.emcee.discord;

import static dev.emcee.discord.fake.Payloads.CHANNEL_ID;
import static dev.emcee.discord.fake.Payloads.DM_CHANNEL_ID;
import static dev.emcee.discord.fake.Payloads.READ_ONLY_CHANNEL_ID;
import static dev.emcee.discord.fake.Payloads.USER_ID;

import dev.emcee.core.platform.Platform;
import dev.emcee.core.connection.PlatformConnection;
import dev.emcee.core.connection.PlatformContract;
import dev.emcee.discord.fake.RecordedRequest;
import java.util.List;

/** Discord passes the platform contract: the real JDA, over its gateway and REST API, against the local Discord. */
class DiscordContractTest extends PlatformContract {
    private DiscordTestRig rig;

    DiscordContractTest() {
        super(Platform.DISCORD, CHANNEL_ID, USER_ID);
    }

    @Override
    protected PlatformConnection connect() throws Exception {
        rig = new DiscordTestRig();
        return rig.connect();
    }

    @Override
    protected void stopFake() throws Exception {
        rig.close();
    }

    @Override
    protected List<String> postedIn(String channel) {
        return messagesIn(channel);
    }

    @Override
    protected List<String> sentTo(String person) {
        return USER_ID.equals(person) ? messagesIn(DM_CHANNEL_ID) : List.of();
    }

    @Override
    protected Refused refusedDelivery() {
        rig.discord.refusePostsTo(READ_ONLY_CHANNEL_ID, 403);
        return Refused.postTo(READ_ONLY_CHANNEL_ID);
    }

    @Override
    protected String failureLogger() {
        return DiscordFailures.class.getName();
    }

    private List<String> messagesIn(String channel) {
        return rig.discord.messagesCreatedIn(channel).stream().map(Object::toString).toList();
    }
}
