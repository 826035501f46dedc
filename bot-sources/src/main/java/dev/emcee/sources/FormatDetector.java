package dev.emcee.sources;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.emcee.sources.read.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Tells a schedule's format from its content, falling back to the file name's extension. */
final class FormatDetector {
    private static final int PEEK = 64 * 1024;
    private static final Pattern LISTING_TIME = Pattern.compile("(?im)^\\s*\\d{1,2}(:\\d{2})?\\s*[ap]\\.?m\\.?\\s*"
            + "[–—‒-]\\s*\\d{1,2}(:\\d{2})?\\s*[ap]\\.?m\\.?\\s+[a-z]+day,?\\s+[a-z]+\\s+\\d{1,2},"
            + "\\s*\\d{4}\\s*$");
    private static final Pattern YAML_CONFERENCE = Pattern.compile("(?m)^conference\\s*:");
    private static final Pattern FRAB_ROOT = Pattern.compile("<schedule[\\s>]");

    private FormatDetector() {
    }

    /** The format the content is in, or empty when it is none Emcee knows. */
    public static Optional<ScheduleFormat> detect(SourceText source) {
        String head = head(source.bytes()).stripLeading();
        String upper = head.length() > 20 ? head.substring(0, 20).toUpperCase(Locale.ROOT) : head.toUpperCase(
                Locale.ROOT);
        if (upper.startsWith("BEGIN:VCALENDAR")) {
            return Optional.of(ScheduleFormat.ICAL);
        }
        if (head.startsWith("<")) {
            return FRAB_ROOT.matcher(head).find() ? Optional.of(ScheduleFormat.FRAB_XML) : Optional.empty();
        }
        if (head.startsWith("{")) {
            return json(source.bytes());
        }
        if (LISTING_TIME.matcher(head).find()) {
            return Optional.of(ScheduleFormat.LISTING);
        }
        if (YAML_CONFERENCE.matcher(head).find()) {
            return Optional.of(ScheduleFormat.EMCEE_YAML);
        }
        return byExtension(source.name());
    }

    /** The format a file name suggests (".ics", ".xml", ".yaml"); JSON needs its content to be told apart. */
    public static Optional<ScheduleFormat> byExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
        if (lower.endsWith(".ics") || lower.endsWith(".ical")) {
            return Optional.of(ScheduleFormat.ICAL);
        }
        if (lower.endsWith(".xml")) {
            return Optional.of(ScheduleFormat.FRAB_XML);
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(ScheduleFormat.EMCEE_YAML);
        }
        return Optional.empty();
    }

    /** Top-level keys: {@code schedule} (schedule.json), {@code sessions} (Sessionize), {@code conference} (Emcee). */
    private static Optional<ScheduleFormat> json(byte[] bytes) {
        Set<String> keys = new HashSet<>();
        boolean broken = false;
        try (JsonParser parser = new JsonFactory().createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                keys.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException e) {
            // Broken JSON: decide on the keys seen so far; the reader reports the syntax error with its line.
            broken = true;
        }
        if (broken && keys.contains("sessions") && !keys.contains("conference")) {
            return Optional.of(ScheduleFormat.SESSIONIZE);
        }
        if (keys.contains("schedule") || broken && !keys.contains("conference")) {
            return Optional.of(ScheduleFormat.SCHEDULE_JSON);
        }
        if (keys.contains("sessions") && (keys.contains("rooms") || keys.contains("speakers")
                || keys.contains("categories")) && !keys.contains("conference")) {
            return Optional.of(ScheduleFormat.SESSIONIZE);
        }
        if (keys.contains("conference")) {
            return Optional.of(ScheduleFormat.EMCEE_YAML);
        }
        return keys.isEmpty() ? Optional.of(ScheduleFormat.SCHEDULE_JSON) : Optional.empty();
    }

    private static String head(byte[] bytes) {
        int length = Math.min(bytes.length, PEEK);
        String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
