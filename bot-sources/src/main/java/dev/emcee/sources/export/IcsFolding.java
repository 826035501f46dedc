package dev.emcee.sources.export;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character: continuation lines
 * start with a space, lines end with CRLF.
 */
final class IcsFolding {
    private static final int LIMIT = 75;

    private IcsFolding() {
    }

    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        for (String line : unfolded.split("\r\n|\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int limit = LIMIT;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 0;
                    limit = LIMIT - 1; // the leading space counts
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
