package dev.emcee.scheduler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Quartz stays behind the announcement packages: nothing else of Emcee touches it, and no chat SDK comes in. */
@Timeout(60)
class AnnouncementBoundariesTest {
    private static final JavaClasses EMCEE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.emcee");

    @Test
    void onlyTheAnnouncementPackagesTouchQuartz() {
        noClasses().that().resideOutsideOfPackages("dev.emcee.scheduler..", "dev.emcee.core.announce..")
                .should().dependOnClassesThat().resideInAnyPackage("org.quartz..")
                .check(EMCEE);
    }

    @Test
    void theAnnouncementPackageDependsOnNoChatSdk() {
        noClasses().that().resideInAPackage("dev.emcee.scheduler..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "net.dv8tion..")
                .check(EMCEE);
    }
}
