package dev.emcee.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.InboundClaims;
import dev.emcee.core.InboundKey;
import dev.emcee.core.platform.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link InboundClaims} must do: the first claim of a key wins, later ones lose, keys differ by
 * platform, kind and id, and a claim is forgotten after its retention (never before).
 */
public abstract class InboundClaimsContract {
    protected final MutableClock clock = new MutableClock(Instant.parse("2018-06-14T18:00:00Z"));

    /** A fresh store, empty, reading time from {@code clock}, keeping claims for {@code retention}. */
    protected abstract InboundClaims claims(Clock clock, Duration retention);

    @Test
    void theFirstClaimOfADeliveryWinsAndEveryLaterOneLoses() {
        InboundClaims claims = claims(clock, Duration.ofHours(1));
        InboundKey event = new InboundKey(Platform.SLACK, "event", "Ev0PV52K21");

        assertThat(claims.claim(event)).isTrue();
        assertThat(claims.claim(event)).isFalse();
        assertThat(claims.claim(new InboundKey(Platform.SLACK, "event", "Ev0PV52K21"))).isFalse();
    }

    @Test
    void keysOfAnotherPlatformKindOrIdAreOtherDeliveries() {
        InboundClaims claims = claims(clock, Duration.ofHours(1));

        assertThat(claims.claim(new InboundKey(Platform.DISCORD, "message", "700"))).isTrue();
        assertThat(claims.claim(new InboundKey(Platform.DISCORD, "interaction", "700"))).isTrue();
        assertThat(claims.claim(new InboundKey(Platform.SLACK, "message", "700"))).isTrue();
        assertThat(claims.claim(new InboundKey(Platform.DISCORD, "message", "701"))).isTrue();
    }

    @Test
    void aClaimIsKeptForItsRetentionAndForgottenAfter() {
        InboundClaims claims = claims(clock, Duration.ofHours(1));
        InboundKey event = new InboundKey(Platform.SLACK, "event", "Ev1");
        assertThat(claims.claim(event)).isTrue();

        clock.advance(Duration.ofMinutes(59));
        assertThat(claims.claim(event)).as("a retry within the hour").isFalse();
        clock.advance(Duration.ofMinutes(2));
        assertThat(claims.claim(new InboundKey(Platform.SLACK, "event", "Ev2"))).isTrue();
        assertThat(claims.claim(event)).as("an hour and a minute later, the old claim is gone").isTrue();
    }
}
