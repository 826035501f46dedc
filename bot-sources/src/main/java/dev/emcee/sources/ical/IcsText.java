package dev.emcee.sources.ical;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * iCalendar bytes made ready for a parser: unfolded at byte level, then decoded.
 *
 * <p>Real files fold lines in the middle of a UTF-8 character and end continuation lines with CR CR LF, so the
 * text can only be decoded after unfolding. Lines that are not {@code NAME[;PARAMS]:VALUE} (such as
 * {@code VTIMEZONE: Europe/Rome} written as a property) are dropped and reported. The physical line of every
 * {@code BEGIN:VEVENT} is kept so problems can name it.
 *
 * @param text the unfolded, decoded text, one content line per line, CRLF-terminated
 * @param eventLines the 1-based physical line of each VEVENT, in order
 * @param droppedLines the lines that were not content lines
 * @param badEncoding whether bytes that are not UTF-8 had to be replaced
 */
record IcsText(String text, List<Integer> eventLines, List<Dropped> droppedLines, boolean badEncoding) {

    /** A line that is not a content line, and where it was. */
    record Dropped(int line, String text) {
    }

    static IcsText prepare(byte[] bytes) {
        List<Integer> eventLines = new ArrayList<>();
        List<Dropped> dropped = new ArrayList<>();
        StringBuilder out = new StringBuilder(bytes.length);
        boolean badEncoding = false;
        ByteArrayOutputStream logical = new ByteArrayOutputStream();
        int physical = 1;
        int logicalStart = 1;
        int i = bytes.length > 2 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB ? 3 : 0;
        while (i <= bytes.length) {
            boolean atEnd = i == bytes.length;
            int b = atEnd ? -1 : bytes[i] & 0xFF;
            if (b == '\r' || b == '\n' || atEnd) {
                int next = i;
                while (next < bytes.length && bytes[next] == '\r') {
                    next++;
                }
                if (next < bytes.length && bytes[next] == '\n') {
                    next++;
                }
                physical++;
                if (!atEnd && next < bytes.length && (bytes[next] == ' ' || bytes[next] == '\t')) {
                    i = next + 1; // a fold: the continuation's first blank is not content
                    continue;
                }
                if (logical.size() > 0) {
                    String line = decode(logical.toByteArray());
                    badEncoding |= line.indexOf('\uFFFD') >= 0;
                    if (!isContentLine(line)) {
                        dropped.add(new Dropped(logicalStart, line.length() > 60 ? line.substring(0, 60) + "…" : line));
                    } else {
                        if (line.regionMatches(true, 0, "BEGIN:VEVENT", 0, 12)) {
                            eventLines.add(logicalStart);
                        }
                        out.append(line).append("\r\n");
                    }
                }
                logical.reset();
                logicalStart = physical;
                i = atEnd ? i + 1 : next;
                continue;
            }
            logical.write(b);
            i++;
        }
        return new IcsText(out.toString(), List.copyOf(eventLines), List.copyOf(dropped), badEncoding);
    }

    /** "NAME:VALUE" or "NAME;PARAM=…:VALUE", where the name has no blanks. */
    private static boolean isContentLine(String line) {
        int colon = line.indexOf(':');
        int semicolon = line.indexOf(';');
        int nameEnd = semicolon >= 0 && semicolon < colon ? semicolon : colon;
        if (nameEnd <= 0) {
            return false;
        }
        String name = line.substring(0, nameEnd);
        if (!name.matches("[A-Za-z0-9-]+")) {
            return false;
        }
        // A component name used as a property ("VTIMEZONE: Europe/Rome") is not a content line.
        return !(name.equalsIgnoreCase("VTIMEZONE") || name.equalsIgnoreCase("VEVENT")
                || name.equalsIgnoreCase("VCALENDAR") || name.equalsIgnoreCase("VALARM"));
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
