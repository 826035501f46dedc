package dev.emcee.sources.read;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides a schedule's zone, the same way for every format: the zone the file names, else the one the operator
 * gives ({@code --zone} or the settings), else the fixed offset of the file's own date-times (with a warning),
 * else an error that says to pass {@code --zone}.
 */
public final class ZoneChoice {
    private ZoneChoice() {
    }

    /**
     * @param named the zone the file names, if any
     * @param line where the file names it (or where it should), 0 when the format has no lines
     * @param field the field that names it
     * @param offset the offset of the file's first absolute date-time, if its times carry one
     */
    public static ZoneId resolve(Optional<String> named, int line, String field, Optional<ZoneOffset> offset,
            ReadOptions options, ScheduleAssembly assembly) {
        return resolve(named, line, field, offset, options, assembly, Map.of());
    }

    /**
     * As above; when the file names no zone, the zone suggested to pass with {@code --zone} comes only from what the
     * file says: {@code places} (such as "its venue" to the venue's text, in the order to try), then the file's
     * name; with none of them naming a city of a zone id, no zone is suggested.
     */
    public static ZoneId resolve(Optional<String> named, int line, String field, Optional<ZoneOffset> offset,
            ReadOptions options, ScheduleAssembly assembly, Map<String, String> places) {
        if (named.isPresent()) {
            try {
                ZoneId zone = ZoneId.of(named.get());
                options.zone().filter(z -> !z.equals(zone)).ifPresent(z -> assembly.warning(line, field,
                        "the file says " + zone + " but " + z + " was given; the file's zone is used"));
                return zone;
            } catch (DateTimeException e) {
                if (options.zone().isEmpty()) {
                    assembly.error(line, field, "unknown time zone '" + named.get()
                            + "'; pass --zone with a region name such as Europe/Berlin");
                    return ZoneOffset.UTC;
                }
                assembly.warning(line, field, "unknown time zone '" + named.get() + "'; using "
                        + options.zone().get() + " as given");
            }
        }
        if (options.zone().isPresent()) {
            return options.zone().get();
        }
        if (offset.isPresent()) {
            assembly.warning(line, field, "the file names no time zone; times are shown at the offset of its "
                    + "date-times (" + (offset.get().equals(ZoneOffset.UTC) ? "UTC" : offset.get())
                    + "); pass --zone to name the conference's zone" + suggestion(places, assembly)
                    .map(s -> " (" + s.text() + ")").orElse(""));
            return offset.get().equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : offset.get();
        }
        assembly.error(line, field, "the file names no time zone and its times are local; pass --zone with the "
                + "conference's zone" + suggestion(places, assembly).map(s -> " (" + s.text() + ")")
                .orElse(", a region name: Area/City for the city nearest the venue"));
        return ZoneOffset.UTC;
    }

    private static Optional<ZoneSuggestion.Suggested> suggestion(Map<String, String> places,
            ScheduleAssembly assembly) {
        List<ZoneSuggestion.Hint> hints = new ArrayList<>();
        places.forEach((where, text) -> hints.add(new ZoneSuggestion.Hint(where, text, false)));
        hints.add(ZoneSuggestion.Hint.fileName(assembly.source()));
        return ZoneSuggestion.from(hints);
    }
}
