package dev.emcee.app.command;

import dev.emcee.app.announce.OverlayWiring;
import dev.emcee.app.AnswerJson;
import dev.emcee.app.CommandContext;
import dev.emcee.app.EmceeRuntime;
import dev.emcee.app.Launch;
import dev.emcee.app.console.ConsoleChat;
import dev.emcee.core.Inquiry;
import dev.emcee.core.answer.Answer;
import dev.emcee.core.platform.Platform;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code emcee ask}: one answer, or JSON Lines for a batch of questions on stdin. */
@Command(name = "ask", description = {"Print the answer to one question.",
    "With --batch, read one question per line on stdin and write one JSON object per line (JSON Lines): "
            + "{\"question\": ..., \"text\": <plain-text answer>, \"answer\": <structured answer>}."})
public final class AskCommand implements Callable<Integer> {
    @ParentCommand
    CommandContext main;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, or a platform's native form where its adapter is present: slack "
                    + "(Block Kit JSON).")
    String format;

    @Option(names = "--batch", description = "Answer every line of stdin as JSON Lines.")
    boolean batch;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question (words are joined by spaces).")
    List<String> words = List.of();

    @Override
    public Integer call() throws Exception {
        Launch launch = main.launch();
        Function<Answer, String> render;
        try {
            render = AnswerFormats.get(format);
        } catch (IllegalArgumentException e) {
            launch.err().println("emcee ask: " + e.getMessage());
            return 2;
        }
        if (!batch && words.isEmpty()) {
            launch.err().println("emcee ask: give a question, e.g. emcee ask \"what's next?\", or use --batch");
            return 2;
        }
        EmceeRuntime runtime = main.runtime();
        OverlayWiring.readOnce(runtime, main.launch().err());
        PrintWriter out = new PrintWriter(launch.out(), true, StandardCharsets.UTF_8);
        if (batch) {
            BufferedReader in = new BufferedReader(new InputStreamReader(launch.in(), StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String question = line;
                Optional<Answer> answer = ask(runtime, question);
                out.println(answer.map(a -> AnswerJson.line(question, a)).orElseGet(() -> AnswerJson.silent(question)));
            }
            return 0;
        }
        ask(runtime, String.join(" ", words)).map(render).ifPresent(out::println);
        return 0;
    }

    private static Optional<Answer> ask(EmceeRuntime runtime, String question) {
        return runtime.emcee().answer(new Inquiry(Platform.CONSOLE, ConsoleChat.LOCAL_USER, question));
    }
}
