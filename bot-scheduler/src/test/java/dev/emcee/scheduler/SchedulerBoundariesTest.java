package dev.emcee.scheduler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What bot-scheduler may import, and where Quartz, Flyway and HikariCP stay: the only module with them on its
 * classpath, and inside it the classes named here. No chat SDK, no schedule reader, no package circle.
 */
@Timeout(60)
class SchedulerBoundariesTest {
    private static final JavaClasses EMCEE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.emcee");
    private static final JavaClasses SCHEDULER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.emcee.scheduler");

    @Test
    void theModulesPackagesAreFreeOfCycles() {
        slices().matching("dev.emcee.scheduler.(**)").should().beFreeOfCycles().allowEmptyShould(true)
                .check(SCHEDULER);
    }

    @Test
    void onlyTheSchedulerTouchesQuartzFlywayAndHikari() {
        noClasses().that().resideOutsideOfPackages("dev.emcee.scheduler..")
                .should().dependOnClassesThat().resideInAnyPackage("org.quartz..", "org.flywaydb..", "com.zaxxer..")
                .check(EMCEE);
    }

    @Test
    void onlyTheQuartzTimetableItsJobsAndItsSchedulersTouchQuartz() {
        noClasses().that().resideInAPackage("dev.emcee.scheduler..")
                .and().doNotHaveSimpleName("QuartzTimetable").and().doNotHaveSimpleName("PipelineJob")
                .and().doNotHaveSimpleName("StandingPipelineJob")
                .and().doNotHaveSimpleName("QuartzSchedulers").and().haveNameNotMatching(".*QuartzSchedulers\\$.*")
                .should().dependOnClassesThat().resideInAnyPackage("org.quartz..")
                .check(SCHEDULER);
    }

    @Test
    void onlyTheDatabaseTouchesFlywayAndHikari() {
        noClasses().that().resideInAPackage("dev.emcee.scheduler..").and().doNotHaveSimpleName("AnnouncementDatabase")
                .should().dependOnClassesThat().resideInAnyPackage("org.flywaydb..", "com.zaxxer..")
                .check(SCHEDULER);
    }

    @Test
    void theSchedulerImportsOnlyTheCoreTheJdkItsLibrariesAndLogging() {
        classes().that().resideInAPackage("dev.emcee.scheduler..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.emcee.scheduler..", "dev.emcee.core..",
                        "java..", "javax.sql..", "org.quartz..", "org.flywaydb..", "com.zaxxer..", "org.slf4j..",
                        "com.fasterxml.jackson.annotation..")
                .check(SCHEDULER);
    }
}
