package dev.emcee.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.platform.Platform;
import dev.emcee.core.testing.InboundClaimsContract;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryInboundClaimsTest extends InboundClaimsContract {
    @Override
    protected InboundClaims claims(Clock clock, Duration retention) {
        return new InMemoryInboundClaims(clock, retention);
    }

    @Test
    void claimsMoveToTheSharedStoreOnceItIsOpenAndBackWhenItCloses() {
        InMemoryInboundClaims local = new InMemoryInboundClaims(clock);
        InMemoryInboundClaims shared = new InMemoryInboundClaims(clock);
        LocalThenSharedClaims claims = new LocalThenSharedClaims(local);
        InboundKey early = new InboundKey(Platform.DISCORD, "message", "700");
        InboundKey later = new InboundKey(Platform.DISCORD, "message", "701");

        assertThat(claims.claim(early)).isTrue();
        claims.share(shared);
        assertThat(claims.claim(later)).isTrue();
        assertThat(shared.claim(later)).as("claimed in the shared store").isFalse();
        assertThat(shared.claim(early)).as("claimed before sharing, locally only").isTrue();
        claims.unshare();
        assertThat(claims.claim(early)).isFalse();
    }
}
