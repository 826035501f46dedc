package dev.emcee.bench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What the benchmarks may import: every module of Emcee, but Slack (Bolt and the adapter) only in the Slack path
 * benchmark and the scheduler only in the announcement probe; and their packages form no cycle.
 */
@AnalyzeClasses(packages = "dev.emcee.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchBoundariesTest {
    @ArchTest
    static final ArchRule slackOnlyInTheSlackBenchmark = noClasses()
            .that().resideOutsideOfPackage("dev.emcee.bench.slack..")
            .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "dev.emcee.slack..")
            .because("the Slack path has one benchmark of its own");

    @ArchTest
    static final ArchRule schedulerOnlyInTheAnnouncementAndDatabaseProbes = noClasses()
            .that().resideOutsideOfPackages("dev.emcee.bench.announce..", "dev.emcee.bench.database..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.emcee.scheduler..", "org.quartz..")
            .because("only the announcement skew probe and the inbound-claim cost loop use the scheduler's database");

    @ArchTest
    static final ArchRule noDiscordSdk = noClasses().should().dependOnClassesThat().resideInAnyPackage("net.dv8tion..")
            .because("no benchmark measures Discord");

    /** {@code dev.emcee.(**)}, not {@code dev.emcee.bench.(**)}: the latter would leave the root package out. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.emcee.(**)").should().beFreeOfCycles();
}
