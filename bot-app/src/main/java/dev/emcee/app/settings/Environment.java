package dev.emcee.app.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import dev.emcee.app.logging.Secrets;

/**
 * The process environment, injectable for tests, with Docker/Kubernetes-style secret files: a variable
 * {@code NAME_FILE} holding a path stands for {@code NAME} with that file's contents (trimmed).
 */
public final class Environment {
    private final Map<String, String> variables;

    /** Secret-looking variables (names with TOKEN, SECRET, PASSWORD, KEY) are registered for log redaction. */
    public Environment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
        Secrets.registerFrom(this.variables);
    }

    /** The real environment of this process. */
    public static Environment system() {
        return new Environment(System.getenv());
    }

    /** The value of {@code name}, else the contents of the file named by {@code name_FILE}, else empty. */
    public Optional<String> get(String name) {
        String value = variables.get(name);
        if (value != null && !value.isBlank()) {
            return Optional.of(value.strip());
        }
        String file = variables.get(name + "_FILE");
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        try {
            String contents = Files.readString(Path.of(file.strip()), StandardCharsets.UTF_8).strip();
            if (Secrets.isSecretName(name)) {
                Secrets.register(contents);
            }
            return contents.isEmpty() ? Optional.empty() : Optional.of(contents);
        } catch (IOException e) {
            throw new SettingsException(name + "_FILE names " + file.strip() + ", which cannot be read ("
                    + e.getClass().getSimpleName() + "); mount the secret file there or set " + name + " instead");
        }
    }

    /** Every variable, for settings overrides. */
    public Map<String, String> all() {
        return variables;
    }
}
