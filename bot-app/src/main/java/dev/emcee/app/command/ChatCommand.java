package dev.emcee.app.command;

import dev.emcee.app.announce.ChatDatabase;
import dev.emcee.app.EmceeRuntime;
import dev.emcee.app.Launch;
import dev.emcee.app.CommandContext;
import dev.emcee.app.console.ConsoleChat;
import dev.emcee.app.console.LogsAbovePrompt;
import dev.emcee.app.console.PromptLine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code emcee chat}: the console; answers each line of stdin and exits at its end. */
@Command(name = "chat", description = "Chat with Emcee in the terminal. With stdin that is not a terminal, answers "
        + "each line and exits at the end of input. Questions nothing answers are counted (emcee unanswered); "
        + "organizers' changes made here are kept (emcee overrides).")
public final class ChatCommand implements Callable<Integer> {
    @ParentCommand
    CommandContext main;

    @Override
    @SuppressWarnings("try") // the resource is held for the block and never read
    public Integer call() throws Exception {
        Launch launch = main.launch();
        EmceeRuntime runtime = main.runtime();
        runtime.clockNotice().forEach(launch.err()::println);
        PrintWriter out = new PrintWriter(launch.out(), true, StandardCharsets.UTF_8);
        if (launch.interactive()) {
            out.println("Emcee for " + runtime.schedule().get().conference().name()
                    + ". Ask about the schedule (\"help\" for examples, \"quit\" to stop).");
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(launch.in(), StandardCharsets.UTF_8));
        try (AutoCloseable kept = ChatDatabase.open(runtime, launch.err())) {
            if (!launch.interactive()) {
                new ConsoleChat(runtime.emcee(), out, false).run(in);
                return 0;
            }
            PromptLine prompt = new PromptLine(launch.out(), launch.err());
            try (AutoCloseable logs = LogsAbovePrompt.install(prompt)) {
                new ConsoleChat(runtime.emcee(), out, prompt).run(in);
            }
        }
        return 0;
    }
}
