package dev.emcee.sources;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a schedule comes from: a file or an http(s) URL, and the format when the operator names it.
 *
 * <p>Written on the command line and in the settings as the location, optionally preceded by a format key:
 * {@code schedule.xml}, {@code https://pretalx.example/conf/schedule/export/schedule.json},
 * {@code sessionize:https://sessionize.com/api/v2/abc/view/All}.
 *
 * @param location the path or URL as the operator wrote it (problems are reported under it)
 * @param format the named format, or empty to detect it from the content
 */
public record ScheduleSource(String location, Optional<ScheduleFormat> format) {
    public ScheduleSource {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(format, "format");
        if (location.isBlank()) {
            throw new IllegalArgumentException("a schedule source needs a path or URL");
        }
    }

    /** Parses "PATH", "URL", "FORMAT:PATH" or "FORMAT:URL". */
    public static ScheduleSource parse(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon > 1) {
            Optional<ScheduleFormat> format = ScheduleFormat.byKey(t.substring(0, colon));
            String rest = t.substring(colon + 1);
            if (format.isPresent() && !rest.startsWith("//")) {
                return new ScheduleSource(rest, format);
            }
        }
        return new ScheduleSource(t, Optional.empty());
    }

    /** Whether the location is an http or https URL. */
    public boolean isUrl() {
        String lower = location.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The URL; only for {@link #isUrl()} sources. */
    public URI uri() {
        return URI.create(location);
    }

    /** The file, resolved against {@code base} when relative; only for file sources. */
    public Path path(Path base) {
        Path path = Path.of(location);
        return path.isAbsolute() ? path : base.resolve(path);
    }

    @Override
    public String toString() {
        return format.map(f -> f.key() + ":" + location).orElse(location);
    }
}
