package dev.emcee.sources.read;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The raw bytes of one schedule source and the name problems are reported under (a path or URL).
 *
 * @param name the file path or URL as the operator gave it
 * @param bytes the content, not yet decoded: iCalendar must be unfolded before it is decoded
 */
public record SourceText(String name, byte[] bytes) {
    public SourceText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** A source made of text (tests, fixtures). */
    public static SourceText of(String name, String text) {
        return new SourceText(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The content decoded as UTF-8, without a byte order mark. */
    public String utf8() {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
