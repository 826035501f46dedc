package dev.emcee.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackStandInTest {
    @Test
    void readsSlackBooleansAsSlackDoes() {
        // The Java SDK sends include_all_metadata=1; a stand-in that reads only "true" hides the metadata that
        // Emcee's look before re-posting depends on, and the run reports duplicates that Slack would not have.
        assertThat(SlackStandIn.isSet("1")).isTrue();
        assertThat(SlackStandIn.isSet("true")).isTrue();
        assertThat(SlackStandIn.isSet("0")).isFalse();
        assertThat(SlackStandIn.isSet("false")).isFalse();
        assertThat(SlackStandIn.isSet("")).isFalse();
    }
}
