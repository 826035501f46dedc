package dev.emcee.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A delivery's key: the same for the same delivery everywhere, different for others, short enough for a nonce. */
class DeliveryKeyTest {
    private static final String SEAN = "ANNOUNCEMENT|slack|C0123456789|sean|1529000700|300";

    @Test
    void theSameDeliveryHasTheSameKeyOnEveryAttemptAndInstance() {
        assertThat(DeliveryKey.of(SEAN)).isEqualTo(DeliveryKey.of(SEAN));
        assertThat(DeliveryKey.of(SEAN).after(Instant.EPOCH).value()).isEqualTo(DeliveryKey.of(SEAN).value());
    }

    @Test
    void isTwentyFiveBase36CharactersDiscordsLimitForANonce() {
        Set<String> values = IntStream.range(0, 1000).mapToObj(i -> DeliveryKey.of(SEAN + i).value())
                .collect(Collectors.toSet());

        assertThat(values).hasSize(1000).allSatisfy(v -> assertThat(v).hasSize(25).matches("[0-9a-z]+"));
        assertThat(DeliveryKey.LENGTH).isEqualTo(25);
    }

    @Test
    void aFirstAttemptHasNoEarlierOneAndARetrySaysSinceWhen() {
        Instant since = Instant.parse("2018-06-14T18:20:00Z");

        assertThat(DeliveryKey.of(SEAN).earlierAttemptSince()).isEmpty();
        assertThat(DeliveryKey.of(SEAN).after(since).earlierAttemptSince()).contains(since);
    }

    @Test
    void refusesAValueThatIsNotADigest() {
        assertThatThrownBy(() -> new DeliveryKey("<!channel>", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
