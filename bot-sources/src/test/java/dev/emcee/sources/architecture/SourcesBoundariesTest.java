package dev.emcee.sources.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What bot-sources may import. The readers turn published schedules into the core's model: they may use the format
 * libraries, but no chat SDK, no launcher and no scheduler; and their packages form no cycle.
 */
@AnalyzeClasses(packages = "dev.emcee.sources", importOptions = ImportOption.DoNotIncludeTests.class)
class SourcesBoundariesTest {
    @ArchTest
    static final ArchRule noChatSdk = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.slack..", "net.dv8tion..", "okhttp3..")
            .because("a schedule reads the same whichever platform asks");

    @ArchTest
    static final ArchRule noLauncher = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("dev.emcee.app..", "dev.emcee.slack..", "dev.emcee.discord..", "picocli..")
            .because("the readers must not know who launches them");

    @ArchTest
    static final ArchRule noSchedulerNorDatabase = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("dev.emcee.scheduler..", "org.quartz..", "org.flywaydb..", "com.zaxxer..")
            .because("delivery and state live in bot-scheduler");

    /** {@code dev.emcee.(**)}, not {@code dev.emcee.sources.(**)}: the latter would leave the root package out. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.emcee.(**)").should().beFreeOfCycles();
}
