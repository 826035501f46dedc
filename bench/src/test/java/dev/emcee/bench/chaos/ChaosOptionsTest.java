package dev.emcee.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChaosOptionsTest {
    @Test
    void defaultsToTenMinutesAndSeedOne() {
        assertThat(ChaosOptions.parse(List.of())).isEqualTo(new ChaosOptions(10, 1));
    }

    @Test
    void readsMinutesAndSeedInAnyOrder() {
        assertThat(ChaosOptions.parse(List.of("--seed", "42", "--minutes", "2"))).isEqualTo(new ChaosOptions(2, 42));
    }

    @Test
    void refusesWhatItDoesNotKnowSayingHowToWriteIt() {
        assertThatThrownBy(() -> ChaosOptions.parse(List.of("--minute", "2")))
                .hasMessageContaining("unknown argument --minute").hasMessageContaining("--minutes M");
        assertThatThrownBy(() -> ChaosOptions.parse(List.of("--seed"))).hasMessage("--seed needs a number");
        assertThatThrownBy(() -> ChaosOptions.parse(List.of("--minutes", "ten")))
                .hasMessageContaining("not \"ten\"");
        assertThatThrownBy(() -> ChaosOptions.parse(List.of("--minutes", "0"))).hasMessageContaining("1 to 120");
    }
}
