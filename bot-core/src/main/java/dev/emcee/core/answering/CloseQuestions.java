package dev.emcee.core.answering;

import dev.emcee.core.question.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Questions to suggest when one could not be answered: the example questions closest to what was asked (one about
 * time gets time questions, one about people gets people questions), and quoting what the person wrote.
 */
final class CloseQuestions {
    private static final int QUOTED_UP_TO = 80;
    private static final Set<String> TIME = Set.of("when", "time", "times", "start", "starts", "end", "ends", "lunch",
            "break", "breaks", "breakfast", "dinner", "coffee", "today", "tonight", "morning", "afternoon", "evening",
            "schedule", "agenda", "day", "hour", "clock", "late", "early", "soon");
    private static final Set<String> MEALS = Set.of("lunch", "break", "breaks", "breakfast", "dinner", "coffee");
    private static final Set<String> PEOPLE = Set.of("who", "speaker", "speakers", "speaking", "person", "people",
            "presenter", "presenting", "host", "company");
    private static final Set<String> PLACES = Set.of("where", "room", "rooms", "venue", "location", "stage", "hall");
    private static final int SUGGESTED = 3;

    private final List<String> examples;

    CloseQuestions(List<String> examples) {
        this.examples = List.copyOf(examples);
    }

    /** Up to three questions, those nearest to {@code asked} first, then {@code first}, then the first examples. */
    List<String> near(String asked, List<String> first) {
        List<String> words = Words.tokens(asked);
        Set<String> out = new LinkedHashSet<>(first);
        if (words.stream().anyMatch(MEALS::contains)) {
            out.add("what's on this afternoon?");
        }
        if (words.stream().anyMatch(TIME::contains)) {
            addStartingWith(out, "what's next?", "what's on at", "'s agenda");
        }
        if (words.stream().anyMatch(PEOPLE::contains)) {
            addStartingWith(out, "who is", "who's from");
        }
        if (words.stream().anyMatch(PLACES::contains)) {
            out.add("which rooms are there?");
            addStartingWith(out, "what's next in");
        }
        out.addAll(examples);
        return new ArrayList<>(out).subList(0, Math.min(SUGGESTED, out.size()));
    }

    /** What the person wrote, as a quotable line: no chat markup, mentions or formatting, one line, not too long. */
    static String quoted(String typed) {
        String text = typed == null ? "" : typed.replaceAll("<[^<>]*>", " ").replaceAll("[@`*_~|<>]", " ")
                .replaceAll("\\s+", " ").strip();
        if (text.length() > QUOTED_UP_TO) {
            int cut = text.lastIndexOf(' ', QUOTED_UP_TO);
            text = text.substring(0, cut > QUOTED_UP_TO / 2 ? cut : QUOTED_UP_TO) + "…";
        }
        return "\"" + text + "\"";
    }

    private void addStartingWith(Set<String> out, String... marks) {
        for (String mark : marks) {
            examples.stream().filter(e -> e.startsWith(mark) || e.endsWith(mark)).findFirst().ifPresent(out::add);
        }
    }
}
