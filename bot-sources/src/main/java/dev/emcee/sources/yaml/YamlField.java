package dev.emcee.sources.yaml;

import dev.emcee.sources.read.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node with its path ({@code sessions[2].start}) and line, so that every problem can be located.
 *
 * <p>Problems are collected, not thrown, so one pass reports every mistake in the file.
 */
final class YamlField {
    private final String source;
    private final String path;
    private final Node node;
    private final List<Problem> problems;
    private final int fallbackLine;

    YamlField(String source, String path, Node node, List<Problem> problems) {
        this(source, path, node, problems, 0);
    }

    private YamlField(String source, String path, Node node, List<Problem> problems, int fallbackLine) {
        this.source = source;
        this.path = path;
        this.node = node;
        this.problems = problems;
        this.fallbackLine = fallbackLine;
    }

    /** A field that is absent under this one; problems with it are reported at this field's line. */
    YamlField absent(String key) {
        return new YamlField(source, path.isEmpty() ? key : path + "." + key, null, problems, line());
    }

    String path() {
        return path;
    }

    int line() {
        return node == null ? fallbackLine : node.getStartMark().getLine() + 1;
    }

    boolean isMissing() {
        return node == null || node instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
    }

    void error(String message) {
        problems.add(Problem.error(source, line(), path, message));
    }

    void warning(String message) {
        problems.add(Problem.warning(source, line(), path, message));
    }

    /** The entries of a mapping; reports an error and returns nothing when this is not a mapping. */
    Map<String, YamlField> entries() {
        Map<String, YamlField> out = new LinkedHashMap<>();
        if (isMissing()) {
            return out;
        }
        if (!(node instanceof MappingNode mapping)) {
            error("expected a mapping of fields (key: value)");
            return out;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (out.containsKey(key)) {
                problems.add(Problem.error(source, tuple.getKeyNode().getStartMark().getLine() + 1, childPath,
                        "appears twice"));
            }
            out.put(key, new YamlField(source, childPath, tuple.getValueNode(), problems));
        }
        return out;
    }

    /** Like {@link #entries()}, and reports every key not in {@code allowed}, suggesting the closest one. */
    Map<String, YamlField> entries(Set<String> allowed) {
        Map<String, YamlField> out = entries();
        for (Map.Entry<String, YamlField> entry : out.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                String hint = closest(entry.getKey(), allowed).map(k -> " (did you mean '" + k + "'?)").orElse("");
                problems.add(Problem.error(source, entry.getValue().line(), entry.getValue().path(),
                        "unknown field" + hint + "; known fields: " + String.join(", ", allowed)));
            }
        }
        return out;
    }

    /** The items of a sequence; a missing field is an empty list. */
    List<YamlField> items() {
        List<YamlField> out = new ArrayList<>();
        if (isMissing()) {
            return out;
        }
        if (!(node instanceof SequenceNode sequence)) {
            error("expected a list");
            return out;
        }
        List<Node> values = sequence.getValue();
        for (int i = 0; i < values.size(); i++) {
            out.add(new YamlField(source, path + "[" + i + "]", values.get(i), problems));
        }
        return out;
    }

    /** The scalar text, trimmed; empty when missing; reports an error when this is a list or mapping. */
    Optional<String> text() {
        if (isMissing()) {
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar)) {
            error("expected a single value, not a " + (node instanceof SequenceNode ? "list" : "mapping"));
            return Optional.empty();
        }
        String value = scalar.getValue().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The scalar text, or an error "missing" when absent. */
    Optional<String> required() {
        Optional<String> value = text();
        if (value.isEmpty() && isMissing()) {
            error("missing; this field is required");
        }
        return value;
    }

    /** A list of strings, accepting a single value as a list of one. */
    List<String> texts() {
        if (node instanceof ScalarNode) {
            return text().map(List::of).orElse(List.of());
        }
        return items().stream().map(YamlField::text).flatMap(Optional::stream).toList();
    }

    private static Optional<String> closest(String key, Set<String> allowed) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        return allowed.stream()
                .filter(k -> distance.apply(k, key) <= 2 || k.startsWith(key) || key.startsWith(k))
                .min((a, b) -> Integer.compare(distance.apply(a, key), distance.apply(b, key)));
    }
}
