package dev.emcee.sources.read;

import java.util.Objects;

/**
 * Something wrong (an error) or suspicious (a warning) in a schedule source, located for the person who fixes it.
 *
 * @param source the file path or URL as the operator gave it
 * @param line 1-based line, or 0 when the format gives no line
 * @param field the path of the field, such as {@code sessions[3].end}, or empty for the whole file
 */
public record Problem(Severity severity, String source, int line, String field, String message) {
    /** Whether the problem stops the schedule from loading. */
    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String source, int line, String field, String message) {
        return new Problem(Severity.ERROR, source, line, field, message);
    }

    public static Problem warning(String source, int line, String field, String message) {
        return new Problem(Severity.WARNING, source, line, field, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "config/conference.yaml:42: sessions[3].end: ends before it starts", with "warning: " for warnings. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(severity == Severity.ERROR ? "error: " : "warning: ");
        out.append(source);
        if (line > 0) {
            out.append(':').append(line);
        }
        out.append(": ");
        if (!field.isEmpty()) {
            out.append(field).append(": ");
        }
        return out.append(message).toString();
    }
}
