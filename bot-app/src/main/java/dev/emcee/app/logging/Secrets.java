package dev.emcee.app.logging;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The secret values this process knows (tokens, signing secrets, passwords), so that no log line or error message
 * can print one: {@link #redact} replaces each with {@code ****}.
 */
public final class Secrets {
    /** Environment variables whose values are secrets: names containing one of these words. */
    private static final List<String> SECRET_WORDS = List.of("TOKEN", "SECRET", "PASSWORD", "PASSWD", "KEY",
            "CREDENTIAL");
    /** Shorter values are not redacted: they would mangle ordinary text and are no real secret. */
    private static final int SHORTEST = 6;
    private static final Set<String> VALUES = new CopyOnWriteArraySet<>();

    private Secrets() {
    }

    /** Whether an environment variable of that name holds a secret. */
    public static boolean isSecretName(String variable) {
        String upper = variable.toUpperCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(upper::contains);
    }

    /** Remembers the secret values among {@code variables}. */
    public static void registerFrom(Map<String, String> variables) {
        variables.forEach((name, value) -> {
            if (isSecretName(name)) {
                register(value);
            }
        });
    }

    /** Remembers one secret value. */
    public static void register(String value) {
        if (value != null && value.strip().length() >= SHORTEST) {
            VALUES.add(value.strip());
        }
    }

    /** {@code text} with every known secret replaced by {@code ****}. */
    public static String redact(String text) {
        if (text == null || VALUES.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : VALUES.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            out = out.replace(secret, "****");
        }
        return out;
    }
}
