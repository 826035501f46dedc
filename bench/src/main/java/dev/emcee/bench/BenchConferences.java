package dev.emcee.bench;

import dev.emcee.bench.generate.ConferenceGenerator;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.sources.testing.BundledSchedule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;

/**
 * The conferences the benchmarks answer on, by name: {@code bundled} (the demo conference), {@code fosdem2021}
 * (the real FOSDEM 2021 export) and {@code generated10k} (10,000 generated sessions).
 */
public final class BenchConferences {
    /** The demo conference in {@code config/}. */
    public static final String BUNDLED = "bundled";
    /** FOSDEM 2021's frab XML from the shared schedules. */
    public static final String FOSDEM_2021 = "fosdem2021";
    /** The generated conference of {@link ConferenceGenerator#TEN_THOUSAND}. */
    public static final String GENERATED_10K = "generated10k";

    private BenchConferences() {
    }

    /** The conference named {@code name}. */
    public static Schedule load(String name) {
        return switch (name) {
            case BUNDLED -> BundledSchedule.load();
            case FOSDEM_2021 -> RealSchedules.load(RealSchedules.file("frab_xml_fosdem2021.xml"));
            case GENERATED_10K -> new ConferenceGenerator().generate(ConferenceGenerator.TEN_THOUSAND,
                    ConferenceGenerator.SEED);
            default -> throw new IllegalArgumentException("no conference named " + name);
        };
    }

    /** The moment questions are asked: 11:00 on the first day with sessions, in the conference's zone. */
    public static Instant askedAt(Schedule schedule) {
        if (schedule.sessionDays().isEmpty()) {
            return Instant.EPOCH;
        }
        return schedule.sessionDays().get(0).atTime(LocalTime.of(11, 0)).atZone(schedule.zone()).toInstant();
    }

    /** The repository's root: the folder above {@code config/} with the bundled conference. */
    public static Path repositoryRoot() {
        return BundledConference.configDirectory().getParent();
    }

    /** The shared schedules: {@code <repo>/../shared/schedules}, or {@code EMCEE_BENCH_SCHEDULES}. */
    public static Path sharedSchedules() {
        String override = System.getenv("EMCEE_BENCH_SCHEDULES");
        Path dir = override != null && !override.isBlank() ? Path.of(override)
                : repositoryRoot().resolveSibling("shared").resolve("schedules");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("The real schedules are not at " + dir + ": put the shared/ folder "
                    + "beside the repository, or set EMCEE_BENCH_SCHEDULES to its schedules folder.");
        }
        return dir;
    }
}
