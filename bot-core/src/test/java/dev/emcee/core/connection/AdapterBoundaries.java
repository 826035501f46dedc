package dev.emcee.core.connection;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a chat adapter may import: its own SDK and the core; not another platform's SDK, the scheduler, the schedule
 * readers, the app or a format library; and its packages (its root too) call each other in one direction only.
 * Each adapter's boundaries test names its package and the SDKs it must leave alone.
 */
@Timeout(60)
public abstract class AdapterBoundaries {
    private final JavaClasses adapter;
    private final String[] otherPlatforms;

    /**
     * @param adapterPackage such as {@code dev.emcee.slack}
     * @param otherPlatforms the packages of the SDKs that belong to other adapters, such as {@code net.dv8tion..}
     */
    protected AdapterBoundaries(String adapterPackage, String... otherPlatforms) {
        this.adapter = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(adapterPackage);
        this.otherPlatforms = otherPlatforms.clone();
    }

    @Test
    void usesNoOtherChatPlatform() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(otherPlatforms)
                .because("each platform's SDK belongs to its own adapter").check(adapter);
    }

    @Test
    void usesNeitherTheSchedulerNorTheScheduleReadersNorTheApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.quartz..", "org.flywaydb..",
                "com.zaxxer..", "dev.emcee.scheduler..", "dev.emcee.sources..", "dev.emcee.app..").check(adapter);
    }

    @Test
    void usesNoFormatLibrary() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("net.fortuna..", "org.jsoup..",
                "org.commonmark..", "org.yaml..", "com.fasterxml.jackson.dataformat..").check(adapter);
    }

    @Test
    void hasNoPackageCycles() {
        slices().matching("dev.emcee.(**)").should().beFreeOfCycles().check(adapter);
    }
}
