package dev.emcee.app.doctor;

import dev.emcee.app.doctor.check.DoctorCheck;
import dev.emcee.app.doctor.check.DoctorContext;
import dev.emcee.app.doctor.check.Finding;
import dev.emcee.app.logging.Secrets;
import dev.emcee.app.platform.Platforms;
import dev.emcee.app.settings.Environment;
import dev.emcee.app.settings.Settings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs every check and prints, for each problem, what is wrong and how to fix it. */
public final class Doctor {
    private final List<DoctorCheck> checks = new ArrayList<>();

    /** The checks in the order they print: the basics, the database, each chat platform, the announcements. */
    public Doctor() {
        checks.addAll(List.of(BasicChecks::schedule, BasicChecks::dataFolder, BasicChecks::clock,
                DatabaseChecks::database));
        Platforms.ALL.forEach(platform -> checks.add(platform::examine));
        checks.add(AnnouncementChecks::announcements);
    }

    /** Adds a check (platforms and the database add theirs). */
    public Doctor with(DoctorCheck check) {
        checks.add(check);
        return this;
    }

    /** Examines everything, prints the findings, and returns the exit code: 1 when anything failed. */
    public int examine(Path config, Path data, List<String> schedule, Environment environment, PrintWriter out) {
        List<Finding> findings = new ArrayList<>();
        Optional<Settings> settings = BasicChecks.loadSettings(config, environment, findings);
        DoctorContext context = new DoctorContext(config, data, schedule, settings, environment);
        for (DoctorCheck check : checks) {
            try {
                findings.addAll(check.examine(context));
            } catch (RuntimeException e) {
                findings.add(Finding.fail("doctor", "a check could not run: " + e.getMessage(), "report this"));
            }
        }
        findings.addAll(ServedPlatformChecks.leftToOthers(context, List.copyOf(findings)));
        for (Finding f : findings) {
            String mark = switch (f.status()) {
                case OK -> "[ok]  ";
                case WARN -> "[warn]";
                case FAIL -> "[fail]";
            };
            out.println(mark + " " + f.subject() + ": " + Secrets.redact(f.message()));
            if (!f.fix().isEmpty()) {
                out.println("       fix: " + Secrets.redact(f.fix()));
            }
        }
        long failed = findings.stream().filter(f -> f.status() == Finding.Status.FAIL).count();
        out.println(failed == 0 ? "Emcee is ready to run." : failed + (failed == 1 ? " problem" : " problems")
                + " to fix before Emcee can run.");
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
