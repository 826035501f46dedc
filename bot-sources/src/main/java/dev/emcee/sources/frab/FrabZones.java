package dev.emcee.sources.frab;

import dev.emcee.sources.read.ReadOptions;
import dev.emcee.sources.read.ScheduleAssembly;
import dev.emcee.sources.read.TimeTextParsing;
import dev.emcee.sources.read.ZoneChoice;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/** Decides a schedule.xml's zone from {@code time_zone_name}, {@code --zone} or the events' offsets. */
final class FrabZones {
    private FrabZones() {
    }

    static ZoneId resolve(XmlElement root, XmlElement conference, ReadOptions options, ScheduleAssembly assembly) {
        int line = conference.child("time_zone_name").map(XmlElement::line).orElse(conference.line());
        return ZoneChoice.resolve(conference.text("time_zone_name"), line, "conference.time_zone_name",
                firstOffset(root), options, assembly, conference.text("title")
                        .map(t -> Map.of("its title", t)).orElse(Map.of()));
    }

    private static Optional<ZoneOffset> firstOffset(XmlElement root) {
        for (XmlElement day : root.all("day")) {
            for (XmlElement room : day.all("room")) {
                for (XmlElement event : room.all("event")) {
                    Optional<ZoneOffset> offset = event.text("date").flatMap(TimeTextParsing::offset);
                    if (offset.isPresent()) {
                        return offset;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
