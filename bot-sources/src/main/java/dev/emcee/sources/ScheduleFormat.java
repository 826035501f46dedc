package dev.emcee.sources;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The schedule formats Emcee reads, each with the key an operator writes to name it. */
public enum ScheduleFormat {
    /** Emcee's own YAML (and the JSON that {@code emcee export --format json} writes, which is valid YAML). */
    EMCEE_YAML("emcee", "Emcee YAML/JSON"),
    /** frab / pentabarf / pretalx / wafer {@code schedule.xml}. */
    FRAB_XML("frab-xml", "frab/pentabarf schedule.xml"),
    /** c3voc / frab / pretalx {@code schedule.json} (version 1). */
    SCHEDULE_JSON("schedule-json", "c3voc/pretalx schedule.json"),
    /** iCalendar. */
    ICAL("ical", "iCalendar (.ics)"),
    /** Sessionize's "All" view ({@code /api/v2/ID/view/All}). */
    SESSIONIZE("sessionize", "Sessionize \"All\" JSON"),
    /** The plain-text track listing of an O'Reilly conference page. */
    LISTING("listing", "O'Reilly plain-text listing");

    private final String key;
    private final String description;

    ScheduleFormat(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The name used in settings and on the command line, such as {@code frab-xml}. */
    public String key() {
        return key;
    }

    /** A short human description, such as "iCalendar (.ics)". */
    public String description() {
        return description;
    }

    /** The format named by {@code key} (case-insensitive; "ics", "yaml", "json" and "xml" are accepted too). */
    public static Optional<ScheduleFormat> byKey(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        switch (k) {
            case "ics", "icalendar", "ical" -> {
                return Optional.of(ICAL);
            }
            case "yaml", "yml", "emcee", "emcee-json" -> {
                return Optional.of(EMCEE_YAML);
            }
            case "xml", "frab", "pentabarf", "frab-xml" -> {
                return Optional.of(FRAB_XML);
            }
            case "json", "pretalx", "c3voc", "schedule-json" -> {
                return Optional.of(SCHEDULE_JSON);
            }
            default -> {
                return Arrays.stream(values()).filter(f -> f.key.equals(k)).findFirst();
            }
        }
    }

    /** "emcee, frab-xml, schedule-json, ical, sessionize, listing": for error messages. */
    public static String keys() {
        return Arrays.stream(values()).map(ScheduleFormat::key).collect(Collectors.joining(", "));
    }
}
