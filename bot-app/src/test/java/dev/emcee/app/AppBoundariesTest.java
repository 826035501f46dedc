package dev.emcee.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * How the launcher's packages call each other: in one direction only, the command line ({@code cli}) at the top
 * listing its subcommands, which get what they share through {@link CommandContext} and never refer back to it.
 * Only the scheduler module knows Quartz.
 */
@AnalyzeClasses(packages = "dev.emcee.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppBoundariesTest {
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.emcee.app.(**)").should().beFreeOfCycles();

    /** The same with the root package {@code dev.emcee.app} as a slice of its own (the rule above leaves it out). */
    @ArchTest
    static final ArchRule noPackageCyclesThroughTheRoot = slices().matching("dev.emcee.(**)").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule nobodyRefersBackToTheCommandLine = noClasses().that()
            .resideOutsideOfPackage("dev.emcee.app.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.emcee.app.cli..")
            .because("the command line lists its subcommands; they get options, streams and the runtime through "
                    + "CommandContext");

    @ArchTest
    static final ArchRule theRootNeedsNoCommand = noClasses().that().resideInAPackage("dev.emcee.app")
            .should().dependOnClassesThat().resideInAnyPackage("dev.emcee.app.command..",
                    "dev.emcee.app.announce..", "dev.emcee.app.platform..", "dev.emcee.app.doctor..")
            .because("the runtime is what commands use, not the other way round");

    @ArchTest
    static final ArchRule noQuartz = noClasses().should().dependOnClassesThat().resideInAnyPackage("org.quartz..")
            .because("Quartz stays inside bot-scheduler");
}
