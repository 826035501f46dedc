package dev.emcee.core.platform;

/** Where a question came from; answers are the same everywhere, only their rendering differs. */
public enum Platform {
    CONSOLE, SLACK, DISCORD
}
