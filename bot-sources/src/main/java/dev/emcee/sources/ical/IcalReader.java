package dev.emcee.sources.ical;

import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.SpeakerId;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.ReadOptions;
import dev.emcee.sources.read.ScheduleAssembly;
import dev.emcee.sources.read.ScheduleLoadException;
import dev.emcee.sources.read.ScheduleReader;
import dev.emcee.sources.read.SessionKinds;
import dev.emcee.sources.read.SourceText;
import dev.emcee.sources.read.ZoneChoice;
import dev.emcee.sources.text.PlainText;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserFactory;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;

/**
 * Reads iCalendar ({@code .ics}) exports with ical4j in relaxed mode, after {@link IcsText} has repaired what real
 * files get wrong at byte level.
 *
 * <p>The zone is {@code X-WR-TIMEZONE}, else the first {@code TZID} of a start, else {@code --zone}, else UTC with
 * a warning. A {@code TZID} without a VTIMEZONE component is read as the IANA zone of that name. Several events may
 * share one UID (exports made from a database by hand): they are told apart by start and room, and said so once.
 * Speakers come from {@code ORGANIZER;CN=} (several joined by commas) or a {@code Speaker:} line in the description.
 */
public final class IcalReader implements ScheduleReader {
    static {
        // Real-world files: unknown parameters, vCard-style CHARSET, values with leading blanks.
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, true);
    }

    @Override
    public LoadedSchedule read(SourceText source, ReadOptions options) throws ScheduleLoadException {
        IcsText text = IcsText.prepare(source.bytes());
        Calendar calendar = parse(source.name(), text);
        ScheduleAssembly assembly = new ScheduleAssembly(source.name());
        for (IcsText.Dropped dropped : text.droppedLines()) {
            assembly.warning(dropped.line(), "", "'" + dropped.text() + "' is not an iCalendar content line "
                    + "(NAME:VALUE); ignored");
        }
        if (text.badEncoding()) {
            assembly.warning(0, "", "some bytes are not UTF-8; they show as \uFFFD");
        }
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        List<IcalEvent> read = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            int line = i < text.eventLines().size() ? text.eventLines().get(i) : 0;
            read.add(IcalEvent.of(events.get(i), line, "VEVENT[" + (i + 1) + "]"));
        }
        ZoneId zone = zone(calendar, read, options, assembly);
        Map<String, Integer> uidCounts = new HashMap<>();
        read.forEach(e -> e.uid().ifPresent(uid -> uidCounts.merge(uid, 1, Integer::sum)));
        uidCounts.forEach((uid, count) -> {
            if (count > 1) {
                IcalEvent first = read.stream().filter(e -> e.uid().orElse("").equals(uid)).findFirst().orElseThrow();
                assembly.warning(first.line(), first.field() + ".UID", count + " events share UID '" + uid
                        + "'; they are told apart by start time and room");
            }
        });
        Map<String, Integer> taken = new HashMap<>();
        for (IcalEvent event : read) {
            session(event, zone, uidCounts, taken, assembly);
        }
        String name = IcalEvent.property(calendar, "X-WR-CALNAME").or(() -> IcalEvent.property(calendar,
                "X-WR-CALDESC")).orElse("");
        return assembly.build(name, zone, Optional.empty(), Optional.empty(), List.of());
    }

    private static Calendar parse(String name, IcsText text) throws ScheduleLoadException {
        try {
            CalendarBuilder builder = new CalendarBuilder(CalendarParserFactory.getInstance().get(),
                    new ContentHandlerContext().withSupressInvalidProperties(true),
                    TimeZoneRegistryFactory.getInstance().createRegistry());
            return builder.build(new StringReader(text.text()));
        } catch (ParserException e) {
            throw ScheduleLoadException.of(name, 0, "", "not valid iCalendar: " + e.getMessage()
                    + " (line " + e.getLineNo() + " after unfolding)");
        } catch (IOException | RuntimeException e) {
            throw ScheduleLoadException.of(name, 0, "", "not valid iCalendar: " + e.getMessage());
        }
    }

    private ZoneId zone(Calendar calendar, List<IcalEvent> events, ReadOptions options,
            ScheduleAssembly assembly) {
        Optional<String> named = IcalEvent.property(calendar, "X-WR-TIMEZONE")
                .or(() -> events.stream().map(IcalEvent::tzid).flatMap(Optional::stream).findFirst());
        Optional<ZoneOffset> offset = events.stream().anyMatch(IcalEvent::isUtc) ? Optional.of(ZoneOffset.UTC)
                : Optional.empty();
        return ZoneChoice.resolve(named, 1, "X-WR-TIMEZONE", offset, options, assembly,
                IcalEvent.property(calendar, "X-WR-CALNAME").map(n -> Map.of("its calendar name", n))
                        .orElse(Map.of()));
    }

    private void session(IcalEvent event, ZoneId zone, Map<String, Integer> uidCounts, Map<String, Integer> taken,
            ScheduleAssembly assembly) {
        Optional<Instant> start = event.start(zone, assembly);
        if (start.isEmpty()) {
            return;
        }
        Optional<Instant> end = event.end(start.get(), zone, assembly);
        if (end.isEmpty()) {
            return;
        }
        String title = PlainText.line(event.summary().orElse(""));
        if (title.isEmpty()) {
            assembly.warning(event.line(), event.field() + ".SUMMARY", "the event has no SUMMARY");
        }
        List<SpeakerId> speakers = new ArrayList<>();
        for (String name : event.speakerNames()) {
            assembly.speaker(null, name, Optional.empty(), Optional.empty()).ifPresent(speakers::add);
        }
        String room = event.location().orElse("");
        String id = id(event, start.get(), room, uidCounts, taken);
        assembly.session(new Session(new SessionId(id), title.isEmpty() ? Optional.empty() : Optional.of(title),
                PlainText.of(event.descriptionWithoutSpeakers()), start.get(), end.get(), assembly.room(room),
                speakers, assembly.track(event.category().orElse("")), Optional.empty(), List.of(), Optional.empty(),
                event.url(), SessionKinds.guess(event.category().orElse(""), title, !speakers.isEmpty())),
                event.line(), event.field());
    }

    /** The UID when it is unique; otherwise the UID with the start and room, which stay stable across reloads. */
    private static String id(IcalEvent event, Instant start, String room, Map<String, Integer> uidCounts,
            Map<String, Integer> taken) {
        String uid = event.uid().orElse("");
        String id = !uid.isEmpty() && uidCounts.get(uid) == 1 ? uid
                : (uid.isEmpty() ? "event" : uid) + "@" + start.getEpochSecond() + "-"
                        + ScheduleAssembly.slug(room, "room");
        int n = taken.merge(id, 1, Integer::sum);
        return n == 1 ? id : id + "-" + n;
    }
}
