package dev.emcee.sources.read;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Suggests a conference's zone from what its file says (a venue, a city, the file's own name), using the cities in
 * the JDK's time zone ids ({@code Australia/Melbourne}, {@code America/Los_Angeles}); nothing when it names none.
 */
final class ZoneSuggestion {
    /** The areas whose ids end in a city; Antarctica's stations are named after people (Casey, Davis, Mawson). */
    private static final Set<String> AREAS = Set.of("Africa", "America", "Asia", "Atlantic", "Australia", "Europe",
            "Indian", "Pacific");
    /** A file name "dddmelbourne2024" runs words together: cities this long are looked for inside its words. */
    private static final int MIN_CITY_IN_A_WORD = 6;
    private static final Map<String, ZoneId> BY_CITY = citiesOfTheZoneIds();

    private ZoneSuggestion() {
    }

    /** A zone named by {@code where} ("the file's name", "its venue") through {@code city}. */
    record Suggested(ZoneId zone, String city, String where) {
        /** "the file's name mentions Melbourne: --zone Australia/Melbourne". */
        String text() {
            return where + " mentions " + city + ": --zone " + zone.getId();
        }
    }

    /**
     * The first of {@code hints} that names a city of a zone id.
     *
     * @param hints where (such as "its venue") to the text found there, in the order to try
     */
    static Optional<Suggested> from(List<Hint> hints) {
        for (Hint hint : hints) {
            Optional<Suggested> found = find(hint);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Text that may name the conference's place, and where in the file it was found. */
    record Hint(String where, String text, boolean wordsRunTogether) {
        /** A source's name: its last path segment, whose words may run together. */
        static Hint fileName(String source) {
            String name = source.replaceAll("[?#].*$", "");
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
            return new Hint("the file's name", name, true);
        }
    }

    private static Optional<Suggested> find(Hint hint) {
        String words = " " + words(hint.text()) + " ";
        return BY_CITY.entrySet().stream()
                .filter(e -> words.contains(" " + e.getKey() + " ") || hint.wordsRunTogether()
                        && e.getKey().length() >= MIN_CITY_IN_A_WORD && words.contains(e.getKey()))
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(e -> new Suggested(e.getValue(), city(e.getValue()), hint.where()));
    }

    private static Map<String, ZoneId> citiesOfTheZoneIds() {
        Map<String, ZoneId> cities = new TreeMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            int slash = id.indexOf('/');
            if (slash > 0 && AREAS.contains(id.substring(0, slash))) {
                cities.putIfAbsent(words(id.substring(id.lastIndexOf('/') + 1)), ZoneId.of(id));
            }
        }
        return Map.copyOf(cities);
    }

    private static String city(ZoneId zone) {
        return zone.getId().substring(zone.getId().lastIndexOf('/') + 1).replace('_', ' ');
    }

    /** Lower case, accents removed, letters only, single spaces: "São_Paulo" and "Sao Paulo" both "sao paulo". */
    private static String words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
    }
}
