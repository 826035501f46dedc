package dev.emcee.sources.ical;

import dev.emcee.sources.read.ScheduleAssembly;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/** One VEVENT with its location in the file, read leniently: values are stripped, dates parsed from their text. */
record IcalEvent(VEvent event, int line, String field) {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final Pattern SPEAKER_LINE = Pattern.compile("(?im)^\\s*speakers?\\s*:\\s*(.+?)\\s*$");

    static IcalEvent of(VEvent event, int line, String field) {
        return new IcalEvent(event, line, field);
    }

    /** A calendar-level property's stripped value. */
    static Optional<String> property(Calendar calendar, String name) {
        return calendar.<Property>getProperty(name).map(Property::getValue).map(String::strip)
                .filter(v -> !v.isEmpty());
    }

    private Optional<Property> property(String name) {
        return event.<Property>getProperty(name);
    }

    private Optional<String> value(String name) {
        return property(name).map(Property::getValue).map(String::strip).filter(v -> !v.isEmpty());
    }

    Optional<String> uid() {
        return value("UID");
    }

    Optional<String> summary() {
        return value("SUMMARY");
    }

    Optional<String> location() {
        return value("LOCATION");
    }

    Optional<String> url() {
        return value("URL");
    }

    /** The first category, used as the track. */
    Optional<String> category() {
        return value("CATEGORIES").map(c -> c.split(",")[0].strip()).filter(c -> !c.isEmpty());
    }

    /** The TZID of the start, when it names a zone Java knows. */
    Optional<String> tzid() {
        return property("DTSTART").flatMap(p -> p.<Parameter>getParameter("TZID")).map(Parameter::getValue)
                .filter(IcalEvent::isKnownZone);
    }

    /** Whether the start is written in UTC ({@code …Z}). */
    boolean isUtc() {
        return value("DTSTART").filter(v -> v.endsWith("Z")).isPresent();
    }

    Optional<Instant> start(ZoneId zone, ScheduleAssembly assembly) {
        Optional<Property> start = property("DTSTART");
        if (start.isEmpty()) {
            assembly.error(line, field + ".DTSTART", "missing; the event has no start");
            return Optional.empty();
        }
        if (isAllDay(start.get())) {
            assembly.warning(line, field + ".DTSTART", "an all-day event is not a session; left out");
            return Optional.empty();
        }
        return instant(start.get(), zone, assembly);
    }

    Optional<Instant> end(Instant start, ZoneId zone, ScheduleAssembly assembly) {
        Optional<Property> end = property("DTEND");
        if (end.isPresent()) {
            Optional<Instant> instant = instant(end.get(), zone, assembly);
            if (instant.isPresent() && instant.get().isBefore(start)) {
                assembly.error(line, field + ".DTEND", "ends before it starts");
                return Optional.empty();
            }
            return instant;
        }
        Optional<String> duration = value("DURATION");
        if (duration.isPresent()) {
            try {
                return Optional.of(start.plus(Duration.parse(duration.get())));
            } catch (DateTimeParseException e) {
                assembly.error(line, field + ".DURATION", "'" + duration.get() + "' is not a duration like PT45M");
                return Optional.empty();
            }
        }
        assembly.warning(line, field + ".DTEND", "no DTEND or DURATION; the event is taken to last 0 minutes");
        return Optional.of(start);
    }

    private boolean isAllDay(Property date) {
        boolean dateValue = date.<Parameter>getParameter("VALUE").map(Parameter::getValue)
                .filter("DATE"::equalsIgnoreCase)
                .isPresent();
        return dateValue || date.getValue().strip().matches("\\d{8}");
    }

    private Optional<Instant> instant(Property date, ZoneId zone, ScheduleAssembly assembly) {
        String text = date.getValue().strip();
        Optional<String> tzid = date.<Parameter>getParameter("TZID").map(Parameter::getValue).map(String::strip);
        try {
            if (text.endsWith("Z")) {
                return Optional.of(LocalDateTime.parse(text.substring(0, text.length() - 1), LOCAL)
                        .toInstant(ZoneOffset.UTC));
            }
            if (tzid.isPresent() && isKnownZone(tzid.get())) {
                return Optional.of(LocalDateTime.parse(text, LOCAL).atZone(ZoneId.of(tzid.get())).toInstant());
            }
            if (tzid.isPresent() && date instanceof DateProperty<?> typed) {
                // A custom TZID defined by a VTIMEZONE in the file: ical4j resolves it.
                return Optional.of(Instant.from((Temporal) typed.getDate()));
            }
            return Optional.of(LocalDateTime.parse(text, LOCAL).atZone(zone).toInstant());
        } catch (DateTimeException | ClassCastException e) {
            assembly.error(line, field + "." + date.getName(), "'" + text + "'" + tzid.map(t -> " (TZID " + t + ")")
                    .orElse("") + " is not a date-time like 20200114T070000: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Speaker names from ORGANIZER's CN (several joined by commas) or a "Speaker:" line of the description. */
    List<String> speakerNames() {
        List<String> names = new ArrayList<>();
        property("ORGANIZER").flatMap(p -> p.<Parameter>getParameter("CN")).map(Parameter::getValue)
                .ifPresent(cn -> names.addAll(split(cn)));
        if (names.isEmpty()) {
            Matcher m = SPEAKER_LINE.matcher(value("DESCRIPTION").orElse(""));
            if (m.find()) {
                names.addAll(split(m.group(1)));
            }
        }
        return names;
    }

    /** The description without its "Speaker:" line (the speakers are listed separately). */
    String descriptionWithoutSpeakers() {
        String description = value("DESCRIPTION").orElse("");
        return SPEAKER_LINE.matcher(description).replaceFirst("").strip();
    }

    private static List<String> split(String names) {
        return Arrays.stream(names.replaceAll("^\"|\"$", "").split(","))
                .map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    private static boolean isKnownZone(String id) {
        try {
            ZoneId.of(id);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

}
