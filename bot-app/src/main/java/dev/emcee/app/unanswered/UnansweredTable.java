package dev.emcee.app.unanswered;

import dev.emcee.core.answer.TimeTexts;
import dev.emcee.scheduler.UnansweredCount;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The table {@code emcee unanswered} prints: a heading line, then one line per question, most asked first: how
 * often it was asked (right-aligned), when last (in the conference's zone), and the normalized text.
 *
 * <pre>
 * asked  last asked                question
 *     3  Thu Jun 14, 11:02am PDT   where is the party
 *     1  Thu Jun 14, 10:58am PDT   is there parking
 * </pre>
 */
final class UnansweredTable {
    static final String HEADING_ASKED = "asked";
    static final String HEADING_LAST = "last asked";

    private UnansweredTable() {
    }

    static List<String> lines(List<UnansweredCount> counts, ZoneId zone) {
        List<String> whens = counts.stream().map(c -> when(c.lastAsked(), zone)).toList();
        int askedWidth = Math.max(HEADING_ASKED.length(), counts.stream()
                .mapToInt(c -> String.valueOf(c.timesAsked()).length()).max().orElse(0));
        int whenWidth = Math.max(HEADING_LAST.length(), whens.stream().mapToInt(String::length).max().orElse(0));
        List<String> out = new ArrayList<>();
        out.add(pad(HEADING_ASKED, askedWidth, true) + "  " + pad(HEADING_LAST, whenWidth, false) + "  question");
        for (int i = 0; i < counts.size(); i++) {
            out.add(pad(String.valueOf(counts.get(i).timesAsked()), askedWidth, true) + "  "
                    + pad(whens.get(i), whenWidth, false) + "  " + counts.get(i).question());
        }
        return out;
    }

    /** "Thu Jun 14, 11:02am PDT". */
    static String when(Instant instant, ZoneId zone) {
        return TimeTexts.shortDay(instant, zone) + ", " + TimeTexts.clock(instant, zone) + " "
                + TimeTexts.zoneAbbreviation(instant, zone);
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }
}
