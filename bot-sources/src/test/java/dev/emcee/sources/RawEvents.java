package dev.emcee.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The events of a raw export read by the simplest possible means (DOM, a JSON tree, a regex over unfolded iCalendar),
 * independently of the importers, so that tests can compute expected answers from the file itself.
 */
record RawEvents(List<Event> events) {
    record Event(String title, String room, Instant start) {
        String roomKey() {
            return key(room);
        }
    }

    static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }

    /** A frab XML export: title, room and {@code <date>} are direct children of each event. */
    static RawEvents frabXml(byte[] bytes, ZoneId zoneWhenNoDate) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        NodeList events = document.getElementsByTagName("event");
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < events.getLength(); i++) {
            Element event = (Element) events.item(i);
            Optional<String> date = child(event, "date");
            Instant start = date.isPresent() ? OffsetDateTime.parse(date.get()).toInstant()
                    : LocalDateTime.parse(((Element) event.getParentNode().getParentNode()).getAttribute("date") + "T"
                            + child(event, "start").orElseThrow()).atZone(zoneWhenNoDate).toInstant();
            out.add(new Event(child(event, "title").orElse("").replaceAll("\\s+", " ").strip(),
                    child(event, "room").orElseThrow(), start));
        }
        return new RawEvents(out);
    }

    private static Optional<String> child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return Optional.of(e.getTextContent().strip());
            }
        }
        return Optional.empty();
    }

    /** A c3voc schedule.json. */
    static RawEvents scheduleJson(byte[] bytes) throws Exception {
        List<Event> out = new ArrayList<>();
        for (JsonNode day : new ObjectMapper().readTree(bytes).path("schedule").path("conference").path("days")) {
            Iterator<Map.Entry<String, JsonNode>> rooms = day.path("rooms").properties().iterator();
            while (rooms.hasNext()) {
                for (JsonNode event : rooms.next().getValue()) {
                    out.add(new Event(event.path("title").asText().strip(), event.path("room").asText(),
                            OffsetDateTime.parse(event.path("date").asText()).toInstant()));
                }
            }
        }
        return new RawEvents(out);
    }

    /** A Sessionize "All" export, local times in {@code zone}. */
    static RawEvents sessionize(byte[] bytes, ZoneId zone) throws Exception {
        JsonNode root = new ObjectMapper().readTree(bytes);
        List<Event> out = new ArrayList<>();
        for (JsonNode session : root.path("sessions")) {
            String room = "";
            for (JsonNode r : root.path("rooms")) {
                if (r.path("id").asText().equals(session.path("roomId").asText())) {
                    room = r.path("name").asText();
                }
            }
            out.add(new Event(session.path("title").asText().strip(), room,
                    LocalDateTime.parse(session.path("startsAt").asText()).atZone(zone).toInstant()));
        }
        return new RawEvents(out);
    }

    private static final Pattern PROPERTY = Pattern.compile("(?m)^([A-Z-]+)((?:;[^:\\r\\n]*)?):(.*)$");

    /** An iCalendar file: unfolded at byte level, then each VEVENT's SUMMARY, LOCATION and DTSTART. */
    static RawEvents ical(byte[] bytes, ZoneId fallback) {
        ByteArrayOutputStream unfolded = new ByteArrayOutputStream();
        for (int i = 0; i < bytes.length; i++) {
            int end = i;
            while (end < bytes.length && bytes[end] == '\r') {
                end++;
            }
            if (end < bytes.length && bytes[end] == '\n' && end + 1 < bytes.length
                    && (bytes[end + 1] == ' ' || bytes[end + 1] == '\t')) {
                i = end + 1;
                continue;
            }
            unfolded.write(bytes[i]);
        }
        String text = unfolded.toString(StandardCharsets.UTF_8);
        List<Event> out = new ArrayList<>();
        for (String block : text.split("BEGIN:VEVENT")) {
            if (!block.contains("END:VEVENT")) {
                continue;
            }
            String summary = "";
            String location = "";
            Instant start = null;
            Matcher m = PROPERTY.matcher(block);
            while (m.find()) {
                String value = m.group(3).replace("\r", "").strip().replace("\\,", ",").replace("\\;", ";");
                switch (m.group(1)) {
                    case "SUMMARY" -> summary = value;
                    case "LOCATION" -> location = value;
                    case "DTSTART" -> {
                        if (value.matches("\\d{8}")) {
                            break; // an all-day event, not a session
                        }
                        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
                        Matcher tz = Pattern.compile("TZID=([^;:]+)").matcher(m.group(2));
                        start = value.endsWith("Z") ? LocalDateTime.parse(value.substring(0, 15), f)
                                .toInstant(ZoneOffset.UTC) : LocalDateTime.parse(value, f)
                                .atZone(tz.find() ? ZoneId.of(tz.group(1)) : fallback).toInstant();
                    }
                    default -> {
                    }
                }
            }
            if (start != null) {
                out.add(new Event(summary, location, start));
            }
        }
        return new RawEvents(out);
    }

    /** The events that start first in the room after {@code now} (several when they start together). */
    List<Event> nextIn(String room, Instant now) {
        Optional<Instant> first = events.stream().filter(e -> e.roomKey().equals(key(room)))
                .map(Event::start).filter(s -> s.isAfter(now)).min(Instant::compareTo);
        return first.map(f -> events.stream().filter(e -> e.roomKey().equals(key(room)) && e.start().equals(f))
                .toList()).orElse(List.of());
    }
}
