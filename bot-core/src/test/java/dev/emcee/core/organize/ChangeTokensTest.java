package dev.emcee.core.organize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.SessionId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChangeTokensTest {
    @Test
    void aTokenCarriesTheWholeChangeWhateverTheIdsHold() {
        SessionChange change = new SessionChange(new SessionId("a|b:ü/1"), SessionChange.Kind.DELAY,
                Instant.parse("2018-06-14T23:00:00Z"), Instant.parse("2018-06-14T23:40:00Z"), new RoomId("LL21 A/B"));
        String token = ChangeTokens.encode(change);
        assertThat(token).hasSizeLessThan(80);
        assertThat(ChangeTokens.decode(token)).contains(change);
    }

    @Test
    void anythingElseIsNoToken() {
        assertThat(ChangeTokens.decode("bookmark:s1")).isEmpty();
        assertThat(ChangeTokens.decode("c1|fly|1|2|x|y")).isEmpty();
        assertThat(ChangeTokens.decode("c1|move|2|1|eA|eQ")).isEmpty(); // ends before it starts
        assertThat(ChangeTokens.decode(null)).isEmpty();
    }
}
