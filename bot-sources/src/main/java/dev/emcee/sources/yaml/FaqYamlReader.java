package dev.emcee.sources.yaml;

import dev.emcee.core.answer.LinkedText;
import dev.emcee.core.faq.Faq;
import dev.emcee.core.faq.FaqEntry;
import dev.emcee.core.question.Words;
import dev.emcee.sources.read.LoadedFaq;
import dev.emcee.sources.read.Problem;
import dev.emcee.sources.read.ScheduleLoadException;
import dev.emcee.sources.text.LinkedTexts;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the organizers' FAQ file ({@code faq:}, a list of entries with {@code id}, {@code questions} and
 * {@code answer}; see docs/faq.md) and validates it.
 *
 * <p>As with schedules, the file is refused as a whole when it has an error, so that the last good FAQ stays in
 * service; every problem names the file, the line and the field ({@code faq[2].answer}).
 */
public final class FaqYamlReader {
    private static final Set<String> TOP = Set.of("faq");
    /** In the order the hint lists them. */
    private static final Set<String> ENTRY = new java.util.LinkedHashSet<>(List.of("id", "questions", "answer"));

    /** Reads and validates a file. */
    public LoadedFaq read(Path file) throws ScheduleLoadException {
        return read(file.toString(), new StringReader(YamlDocuments.read(file)));
    }

    /** Reads and validates YAML text; {@code source} names it in problems. */
    public LoadedFaq read(String source, Reader yaml) throws ScheduleLoadException {
        Node root = YamlDocuments.compose(source, yaml, "the file is empty; write a list of entries under faq:");
        List<Problem> problems = new ArrayList<>();
        YamlField top = new YamlField(source, "", root, problems);
        YamlField list = top.entries(TOP).getOrDefault("faq", top.absent("faq"));
        if (list.isMissing()) {
            list.error("missing; list the entries under faq:");
        }
        List<FaqEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlField item : list.items()) {
            entry(item, ids).ifPresent(entries::add);
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new ScheduleLoadException(problems);
        }
        return new LoadedFaq(new Faq(entries), problems);
    }

    private static Optional<FaqEntry> entry(YamlField item, Set<String> ids) {
        Map<String, YamlField> fields = item.entries(ENTRY);
        YamlField idField = fields.getOrDefault("id", item.absent("id"));
        Optional<String> id = idField.required();
        id.filter(i -> !ids.add(i)).ifPresent(i -> idField.error("the id '" + i + "' is used by an earlier entry"));
        YamlField questionsField = fields.getOrDefault("questions", item.absent("questions"));
        List<String> questions = questionsField.texts();
        if (questions.isEmpty()) {
            questionsField.error("missing; give one or more ways attendees ask this, e.g. [\"wifi password?\"]");
        }
        for (String question : questions) {
            if (Words.tokens(question).stream().allMatch(Words::isStopWord)) {
                questionsField.warning("'" + question + "' has no word that says what it is about, so it never "
                        + "matches on its own");
            }
        }
        YamlField answerField = fields.getOrDefault("answer", item.absent("answer"));
        Optional<LinkedText> answer = answerField.required().map(text -> {
            LinkedTexts.Read read = LinkedTexts.of(text);
            read.badLinks().forEach(bad -> answerField.error("the link '" + bad.label() + "' goes to '" + bad.url()
                    + "'; links must be http:// or https:// addresses"));
            return read.text();
        });
        if (id.isEmpty() || questions.isEmpty() || answer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FaqEntry(id.get(), questions, answer.get()));
    }
}
