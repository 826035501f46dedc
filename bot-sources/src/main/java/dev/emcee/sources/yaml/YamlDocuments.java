package dev.emcee.sources.yaml;

import dev.emcee.sources.read.ScheduleLoadException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the YAML files Emcee validates (its schedule format, the FAQ) into SnakeYAML's node tree, which keeps every
 * value's line; a file that cannot be read or parsed is refused with where and why.
 */
final class YamlDocuments {
    private YamlDocuments() {
    }

    /** The text of {@code file}. */
    static String read(Path file) throws ScheduleLoadException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ScheduleLoadException.of(file.toString(), 0, "", "cannot read the file: " + e.getMessage());
        }
    }

    /**
     * The root node of {@code yaml}. Duplicate keys are allowed here so that the validation reports each one with
     * its line.
     *
     * @param source names the text in problems
     * @param whenEmpty the problem to report for a file without any content
     */
    static Node compose(String source, Reader yaml, String whenEmpty) throws ScheduleLoadException {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            root = new Yaml(options).compose(yaml);
        } catch (MarkedYAMLException e) {
            YamlSyntaxError error = YamlSyntaxError.of(e);
            throw ScheduleLoadException.of(source, error.line(), "", error.message());
        } catch (YAMLException e) {
            throw ScheduleLoadException.of(source, 0, "", "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw ScheduleLoadException.of(source, 0, "", whenEmpty);
        }
        return root;
    }
}
