package dev.emcee.core.question;

import dev.emcee.core.answer.SessionLabels;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the session a question names by its whole title, written as on the schedule or nearly ("when is Security
 * Nightmares", "what time is the closing ceremony talk"), so that an exact title wins over a room, a track or a
 * person that one of its words resembles. A title's parts before and after a colon count as titles too, and a
 * session without a title goes by its label.
 */
final class SessionTitles {
    /** "what time is", "when does", "tell me about": what may come before a title. */
    private static final Pattern ASKED = Pattern.compile(
            "^(?:(?:so |and )?(?:what time|at what time|when|where|what day|which day|which room|what room"
                    + "|in which room|in what room)(?: and (?:where|when))? (?:is|does|will|are|do|was)"
                    + "|(?:more |tell me )?about|info (?:on|about)|details (?:on|about)) ");
    /** "the" before a title, which may also be its first word. */
    private static final Pattern THE = Pattern.compile("^the ");
    /** "talk", "start" after a title, which may also be its last words. */
    private static final Pattern AFTER = Pattern.compile(
            "(?: (?:talk|session|presentation|workshop|lecture|panel))?"
                    + "(?: (?:start|starts|begin|begins|happen|happening|held|be held|be|take place|on))?$");
    /** A title typed without a question around it is taken only when it is at least this long (letters, digits). */
    private static final int BARE_TITLE_LENGTH = 12;
    /** A title this long (letters and digits) may have one typo; twice as long, two. */
    private static final int TYPO_LENGTH = 10;

    /** Sessions by the key of their title (and of its parts around a colon), in schedule order. */
    private final Map<String, List<SessionId>> byKey = new HashMap<>();
    /** The titles as written, by key. */
    private final Map<String, String> titles = new HashMap<>();
    private final Set<String> otherNames;

    /** @param otherNames keys of names that are not titles (rooms, tracks, people): those are left to their matchers */
    SessionTitles(Schedule schedule, Set<String> otherNames) {
        this.otherNames = otherNames;
        for (Session session : schedule.sessions()) {
            // A session without a title goes by the label Emcee shows for it ("Sean Allen on Distributed State").
            String title = session.title().orElse(SessionLabels.label(session, schedule));
            add(title, title, session.id());
            int colon = title.indexOf(':');
            if (colon > 0) {
                add(title.substring(0, colon), title, session.id());
                // The subtitle of "The distributed authorization system: A Netflix case study", without its article.
                String subtitle = title.substring(colon + 1).strip().replaceFirst("(?i)^(?:a|an|the)\\s+", "");
                if (subtitle.contains(" ")) {
                    add(subtitle, title, session.id());
                }
            }
        }
    }

    private void add(String name, String title, SessionId session) {
        String key = Words.key(name);
        if (key.length() < 3) {
            return;
        }
        List<SessionId> ids = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (!ids.contains(session)) {
            ids.add(session);
        }
        titles.putIfAbsent(key, title.strip());
    }

    /** A title found in a question: as the schedule writes it, and its sessions. */
    record Titled(String title, List<SessionId> sessions) {
    }

    /** The sessions whose title the normalized {@code question} names, if it names one. */
    Optional<Titled> find(String question) {
        Matcher asked = ASKED.matcher(question);
        boolean hasQuestion = asked.lookingAt();
        String rest = hasQuestion ? question.substring(asked.end()) : question;
        // The words around a title may be its own: "The Fuzion Language", "LED Strips ... workshop".
        Set<String> readings = new LinkedHashSet<>();
        readings.add(rest);
        readings.add(AFTER.matcher(rest).replaceFirst(""));
        String withoutThe = THE.matcher(rest).replaceFirst("");
        readings.add(withoutThe);
        readings.add(AFTER.matcher(withoutThe).replaceFirst(""));
        List<String> keys = new ArrayList<>();
        for (String reading : readings) {
            String key = Words.key(reading);
            boolean bareTitleFits = key.length() >= BARE_TITLE_LENGTH && reading.contains(" ");
            if (key.length() >= 3 && (hasQuestion || !reading.equals(question) || bareTitleFits)
                    && !otherNames.contains(key) && !keys.contains(key)) {
                keys.add(key);
            }
        }
        for (String key : keys) {
            List<SessionId> exact = byKey.get(key);
            if (exact != null) {
                return Optional.of(new Titled(titles.get(key), List.copyOf(exact)));
            }
        }
        for (String key : keys) {
            Optional<Titled> near = nearly(key);
            if (near.isPresent()) {
                return near;
            }
        }
        return Optional.empty();
    }

    /** The title within a typo or two of {@code key}, when exactly one is. */
    private Optional<Titled> nearly(String key) {
        int allowed = key.length() >= 2 * TYPO_LENGTH ? 2 : key.length() >= TYPO_LENGTH ? 1 : 0;
        if (allowed == 0) {
            return Optional.empty();
        }
        LevenshteinDistance distance = new LevenshteinDistance(allowed);
        Map<String, List<SessionId>> close = new LinkedHashMap<>();
        for (Map.Entry<String, List<SessionId>> entry : byKey.entrySet()) {
            String candidate = entry.getKey();
            if (Math.abs(candidate.length() - key.length()) <= allowed && distance.apply(key, candidate) >= 0) {
                close.put(candidate, entry.getValue());
            }
        }
        if (close.size() != 1) {
            return Optional.empty();
        }
        Map.Entry<String, List<SessionId>> only = close.entrySet().iterator().next();
        return Optional.of(new Titled(titles.get(only.getKey()), List.copyOf(only.getValue())));
    }
}
