package dev.emcee.discord;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the Discord adapter may import: JDA and the core, not the other chat platform's SDK, not the scheduler, the
 * schedule readers or their format libraries; and its packages call each other in one direction only.
 */
@Timeout(60)
class DiscordBoundariesTest {
    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.emcee.discord");

    @Test
    void usesNoOtherChatPlatform() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.slack..")
                .because("Bolt or the Slack SDK belongs to its own adapter")
                .check(ADAPTER);
    }

    @Test
    void usesNeitherTheSchedulerNorTheScheduleReaders() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.quartz..", "org.flywaydb..", "com.zaxxer..",
                "dev.emcee.scheduler..", "dev.emcee.sources..", "dev.emcee.app..")
                .check(ADAPTER);
    }

    @Test
    void usesNoFormatLibrary() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("net.fortuna..", "org.jsoup..",
                "org.commonmark..", "org.yaml..", "com.fasterxml.jackson.dataformat..")
                .check(ADAPTER);
    }

    @Test
    void hasNoPackageCycles() { // each package of the adapter (its root too) is a slice
        slices().matching("dev.emcee.(**)").should().beFreeOfCycles().check(ADAPTER);
    }
}
