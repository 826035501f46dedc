package dev.emcee.bench.database;

import dev.emcee.core.InboundClaims;
import dev.emcee.core.InboundKey;
import dev.emcee.core.platform.Platform;
import dev.emcee.scheduler.AnnouncementDatabase;
import dev.emcee.scheduler.DatabaseSettings;
import dev.emcee.scheduler.JdbcInboundClaims;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

/**
 * What one inbound claim costs on a database, as a measured loop (not JMH: the cost is a round trip, microseconds
 * to milliseconds, and JMH's forks would migrate a database each): after a warm-up, {@code N} new claims (the
 * first delivery, one INSERT) and {@code N} repeated ones (a duplicate, the INSERT refused and the UPDATE of an
 * expired claim that matches nothing), one thread; prints the median and the 99th percentile of each.
 *
 * <p>Arguments: none for the embedded H2 file in a temporary folder; or a JDBC URL, user and password
 * (PostgreSQL).
 */
public final class InboundClaimCost {
    private static final int WARM_UP = 2_000;
    private static final int N = 5_000;

    private InboundClaimCost() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("emcee-claims");
        DatabaseSettings settings = args.length == 0 ? DatabaseSettings.embedded()
                : new DatabaseSettings(args[0], args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null);
        try (AnnouncementDatabase database = AnnouncementDatabase.open(settings, data)) {
            InboundClaims claims = new JdbcInboundClaims(database, "bench", Clock.systemUTC());
            String run = Long.toString(System.nanoTime(), 36);
            measure(claims, run + "-warm", WARM_UP);
            long[] first = measure(claims, run, N);
            long[] again = measure(claims, run, N);
            System.out.printf("inbound claim on %s: first delivery p50 %.0f us p99 %.0f us; duplicate p50 %.0f us"
                    + " p99 %.0f us (%d each)%n", database.description(), percentile(first, 50),
                    percentile(first, 99), percentile(again, 50), percentile(again, 99), N);
        }
    }

    private static long[] measure(InboundClaims claims, String prefix, int count) {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            InboundKey key = new InboundKey(Platform.SLACK, "event", prefix + "-" + i);
            long start = System.nanoTime();
            claims.claim(key);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1_000.0;
    }
}
