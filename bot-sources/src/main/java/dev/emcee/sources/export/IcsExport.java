package dev.emcee.sources.export;

import dev.emcee.core.answer.SessionLabels;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.sources.read.ScheduleAssembly;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a schedule as iCalendar for calendar apps: one VEVENT per session with a stable UID, times in the
 * conference's zone with its VTIMEZONE (or in UTC when the schedule only knows an offset), the room as LOCATION,
 * the track as CATEGORIES, and the speakers as a "Speakers:" line heading the DESCRIPTION.
 */
public final class IcsExport {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private IcsExport() {
    }

    /**
     * @param stamp the DTSTAMP of every event (when the export was made)
     */
    public static String write(Schedule schedule, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Emcee//Emcee schedule export//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", schedule.conference().name()));
        ZoneId zone = schedule.zone();
        TimeZone timeZone = regionZone(zone);
        if (timeZone != null) {
            calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
            calendar.add(timeZone.getVTimeZone());
        }
        String domain = ScheduleAssembly.slug(schedule.conference().name(), "conference");
        for (Session session : schedule.sessions()) {
            calendar.add(event(schedule, session, timeZone, domain, stamp));
        }
        StringWriter out = new StringWriter();
        try {
            // Unfolded here: ical4j folds at 75 characters, RFC 5545 at 75 octets (see IcsFolding).
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return IcsFolding.fold(out.toString());
    }

    private static VEvent event(Schedule schedule, Session session, TimeZone timeZone, String domain,
            Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new DtStamp(stamp));
        event.add(time(new DtStart<>(), session.start(), schedule.zone(), timeZone));
        event.add(time(new DtEnd<>(), session.end(), schedule.zone(), timeZone));
        event.add(new Summary(SessionLabels.label(session, schedule)));
        String id = session.id().value();
        event.add(new Uid(id.contains("@") ? id : id + "@" + domain));
        event.add(new Location(schedule.roomName(session.room())));
        String speakers = schedule.speakersOf(session).stream().map(Speaker::name).collect(Collectors.joining(", "));
        String description = (speakers.isEmpty() ? "" : "Speakers: " + speakers + "\n\n") + session.abstractText();
        if (!description.isBlank()) {
            event.add(new Description(description.strip()));
        }
        session.track().flatMap(schedule::track).ifPresent(t -> event.add(new Categories(t.name())));
        session.url().ifPresent(u -> {
            try {
                event.add(new Url(java.net.URI.create(u)));
            } catch (IllegalArgumentException e) {
                // An address that is not a URI stays out of the calendar rather than breaking it.
            }
        });
        return event;
    }

    /**
     * A start or end as local time with a TZID, computed with Java's zone rules (ical4j's own conversion of some
     * zones, such as Australia/Brisbane with its historic DST, is an hour off), or in UTC for a bare offset.
     */
    private static <P extends Property> P time(P property, Instant instant, ZoneId zone, TimeZone timeZone) {
        if (timeZone == null) {
            property.setValue(LOCAL.format(instant.atZone(ZoneOffset.UTC)) + "Z");
        } else {
            property.add(new TzId(zone.getId()));
            property.setValue(LOCAL.format(instant.atZone(zone)));
        }
        return property;
    }

    /** ical4j's definition of a region zone, or null for a bare offset or UTC (written as UTC times). */
    private static TimeZone regionZone(ZoneId zone) {
        if (zone instanceof ZoneOffset || zone.normalized() instanceof ZoneOffset) {
            return null;
        }
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        return registry.getTimeZone(zone.getId());
    }
}
