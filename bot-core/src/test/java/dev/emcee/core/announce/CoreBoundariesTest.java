package dev.emcee.core.announce;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The core stays a core: no chat SDK anywhere, and the scheduler and database only in the announcement packages. */
@Timeout(60)
class CoreBoundariesTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.emcee.core");

    @Test
    void dependsOnNoChatSdk() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.slack..", "net.dv8tion..")
                .check(CORE);
    }

    @Test
    void onlyTheAnnouncementPackagesTouchTheScheduler() {
        noClasses().that().resideOutsideOfPackages("dev.emcee.core.announce..")
                .should().dependOnClassesThat().resideInAnyPackage("org.quartz..", "org.flywaydb..", "com.zaxxer..")
                .check(CORE);
    }
}
