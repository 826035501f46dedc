package dev.emcee.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** Tests on the real files are skipped without {@code ../shared}, fail without it on CI, never pass on nothing. */
class SharedFilesTest {
    @TempDir
    Path dir;

    private Path repository() throws Exception {
        return Files.createDirectories(dir.resolve("emcee"));
    }

    @Test
    void aFreshCloneSkipsWithOneLineThatSaysWhy() throws Exception {
        SharedFiles shared = new SharedFiles(repository(), Map.of(), false);
        assertThatThrownBy(() -> shared.resolve("seed/000_4e06e7ab4efe16f3.txt"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining(dir.resolve("shared").toString())
                .hasMessageContaining(SharedFiles.REQUIRE + "=true")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void underTheCiVariableAnAbsentFolderFails() throws Exception {
        SharedFiles shared = new SharedFiles(repository(), Map.of(SharedFiles.REQUIRE, "true"), false);
        assertThatThrownBy(() -> shared.resolve("schedules/frab_xml_debconf23.xml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(SharedFiles.REQUIRE + "=true")
                .hasMessageContaining(dir.resolve("shared").toString());
    }

    @Test
    void findsAnyFileUnderTheSharedFolder() throws Exception {
        Path seed = Files.createDirectories(dir.resolve("shared").resolve("seed")).resolve("listing.txt");
        Files.writeString(seed, "a listing");
        SharedFiles shared = new SharedFiles(repository(), Map.of(), false);
        assertThat(shared.resolve("seed/listing.txt")).isEqualTo(seed);
    }

    @Test
    void aFolderWithoutTheFileFailsEvenWhenSkippingIsAllowed() throws Exception {
        Files.createDirectories(dir.resolve("shared").resolve("schedules"));
        SharedFiles shared = new SharedFiles(repository(), Map.of(), false);
        assertThatThrownBy(() -> shared.resolve("schedules/gone.xml")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gone.xml is missing").hasMessageContaining("SOURCES.md");
        assertThatThrownBy(() -> shared.resolve("../emcee/pom.xml")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ciRequiresTheSharedFolderAndTheReadmeSaysSo() throws Exception {
        Path root = BundledConference.configDirectory().getParent();
        assertThat(Files.readString(root.resolve(".ci/run"))).contains("export " + SharedFiles.REQUIRE + "=true");
        assertThat(Files.readString(root.resolve("README.md"))).contains("`" + SharedFiles.REQUIRE + "=true`")
                .contains("../shared");
    }
}
