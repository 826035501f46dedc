package dev.emcee.app;

/**
 * What every subcommand gets from the {@code emcee} command line it runs under: the global options, the injected
 * outside world, and the runtime wired from them. Subcommands see this type (picocli injects the parent command
 * here), never the command line itself, so that the command line lists its subcommands and nobody refers back.
 */
public interface CommandContext {
    /** The global options. */
    GlobalOptions options();

    /** The injected outside world. */
    Launch launch();

    /** The runtime wired from the options, built on first use. */
    EmceeRuntime runtime();
}
