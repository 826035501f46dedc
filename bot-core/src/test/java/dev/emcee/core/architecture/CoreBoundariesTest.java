package dev.emcee.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What bot-core may import. The core knows conferences, questions, answers, planning and time: no chat SDK, no
 * launcher, no scheduler or database, no schedule format library, no terminal, no
 * wall clock; and its packages form no cycle.
 */
@AnalyzeClasses(packages = "dev.emcee.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreBoundariesTest {
    @ArchTest
    static final ArchRule noChatSdk = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.slack..", "net.dv8tion..", "okhttp3..")
            .because("bot-core is platform-neutral; adapters translate at their edge");

    @ArchTest
    static final ArchRule noLauncher = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("dev.emcee.app..", "dev.emcee.slack..", "dev.emcee.discord..", "picocli..")
            .because("the core must not know who launches it");

    @ArchTest
    static final ArchRule noSchedulerNorDatabase = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("dev.emcee.scheduler..", "org.quartz..", "org.flywaydb..", "com.zaxxer..")
            .because("the core plans announcements; bot-scheduler delivers them");

    @ArchTest
    static final ArchRule noScheduleFormat = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("dev.emcee.sources..", "net.fortuna..", "org.jsoup..", "org.commonmark..",
                    "org.yaml..", "com.fasterxml.jackson.dataformat..")
            .because("the schedule readers and their format libraries live in bot-sources");

    @ArchTest
    static final ArchRule noSettingsBinding = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml.jackson..")
            .because("settings are plain records; the app binds them where it reads emcee.yaml");

    @ArchTest
    static final ArchRule noWallClock = noClasses().should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .because("time is injected as a Clock so that tests and rehearsals control it");

    @ArchTest
    static final ArchRule answersDoNotPrint = noClasses().should().accessField(System.class, "out")
            .because("the core returns answers; printing is the console's job");

    /** {@code dev.emcee.(**)}, not {@code dev.emcee.core.(**)}: the latter would leave the root package out. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.emcee.(**)").should().beFreeOfCycles();
}
