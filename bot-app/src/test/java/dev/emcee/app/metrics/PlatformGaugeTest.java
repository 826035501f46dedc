package dev.emcee.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.testing.ChatHarness;
import dev.emcee.sources.testing.BundledSchedule;
import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code emcee_platform_connected} reads the platform's state for as long as Emcee runs, not NaN after a GC. */
@Timeout(30)
class PlatformGaugeTest {
    private static final int COLLECTIONS = 20;

    @Test
    void theGaugeKeepsReadingItsPlatformAfterGarbageCollection() {
        EmceeMetrics metrics = new EmceeMetrics(BundledSchedule.chatAt("2018-06-14T11:00").schedule());
        AtomicBoolean connected = new AtomicBoolean(true);
        WeakReference<BooleanSupplier> registered = register(metrics, connected);

        // As in `emcee run`, only the gauge refers to the supplier: were it held weakly, a collection would clear it.
        for (int i = 0; i < COLLECTIONS && registered.get() != null; i++) {
            System.gc();
        }

        assertThat(registered.get()).as("the supplier the gauge reads").isNotNull();
        assertThat(metrics.scrape()).contains("emcee_platform_connected{platform=\"slack\"} 1.0");
        connected.set(false);
        assertThat(metrics.scrape()).contains("emcee_platform_connected{platform=\"slack\"} 0.0")
                .doesNotContain("NaN");
    }

    private static WeakReference<BooleanSupplier> register(EmceeMetrics metrics, AtomicBoolean connected) {
        BooleanSupplier supplier = connected::get;
        metrics.platform("slack", supplier);
        return new WeakReference<>(supplier);
    }
}
