package dev.emcee.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core knows conferences, questions, answers and time: no chat SDK, no terminal, no wall clock. */
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
    static final ArchRule noWallClock = noClasses().should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .because("time is injected as a Clock so that tests and rehearsals control it");

    @ArchTest
    static final ArchRule answersDoNotPrint = noClasses().should().accessField(System.class, "out")
            .because("the core returns answers; printing is the console's job");
}
