package dev.emcee.app.command;

import dev.emcee.sources.read.LoadedFaq;
import dev.emcee.sources.read.Problem;
import dev.emcee.sources.read.ScheduleLoadException;
import dev.emcee.sources.yaml.FaqYamlReader;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code emcee check} says of the FAQ file: the {@code faq:} summary line ("4 entries from config/faq.yaml",
 * or "refused: ...") and its problems, each with file, line and field.
 */
record FaqCheck(String summary, List<Problem> problems) {
    FaqCheck {
        problems = List.copyOf(problems);
    }

    static FaqCheck of(Path file) {
        try {
            LoadedFaq loaded = new FaqYamlReader().read(file);
            int n = loaded.faq().entries().size();
            return new FaqCheck(n + (n == 1 ? " entry" : " entries") + " from " + file, loaded.warnings());
        } catch (ScheduleLoadException e) {
            return new FaqCheck("refused: " + file + " cannot be used until the errors below are fixed "
                    + "(Emcee keeps answering from the last good FAQ)", e.problems());
        }
    }
}
