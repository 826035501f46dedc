package dev.emcee.bench;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.emcee.core.AnsweringOptions;
import dev.emcee.core.Emcee;
import dev.emcee.core.Inquiry;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Schedule;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Measures the heap a conference retains once Emcee serves it: the schedule, the parser's and answerer's indexes,
 * and the memo after the question mix was asked once. Run in a fresh JVM (the runner forks it); prints
 * {@code retained_bytes=N}.
 */
public final class HeapProbe {
    private HeapProbe() {
    }

    /** {@code args[0]}: the conference's name ({@link BenchConferences}). */
    public static void main(String[] args) {
        String conference = args.length > 0 ? args[0] : BenchConferences.GENERATED_10K;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        // Load the classes first, on a tiny conference, so that only the big one's data is counted.
        serve(BenchConferences.load(BenchConferences.BUNDLED));
        long before = settledHeap(memory);
        Emcee emcee = serve(BenchConferences.load(conference));
        long after = settledHeap(memory);
        Reference.reachabilityFence(emcee);
        System.out.println("retained_bytes=" + (after - before));
    }

    private static Emcee serve(Schedule schedule) {
        Emcee emcee = new Emcee(new CurrentSchedule(schedule),
                Clock.fixed(BenchConferences.askedAt(schedule), ZoneOffset.UTC), new AnsweringOptions(0, 10_000),
                Ticker.systemTicker());
        for (String question : AnswerBenchmark.mix(schedule)) {
            emcee.answer(new Inquiry(Platform.SLACK, "u", question));
        }
        return emcee;
    }

    /** The heap in use after full collections, once two in a row agree within 1%. */
    private static long settledHeap(MemoryMXBean memory) {
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < used / 100) {
                return used;
            }
            previous = used;
        }
        return previous;
    }
}
