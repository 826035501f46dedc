package dev.emcee.core.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The matcher as it was before its indexes (comparing every name), to check the indexed one against. Finds mentions of named things (rooms, tracks, companies) in a question's tokens, tolerant of spacing and
 * punctuation: "ll21ab", "LL21 A/B" and "ll21 a b" all mention the room "LL21 A/B", and "ll21" alone does when
 * no other room starts with it.
 *
 * @param <T> what is named
 */
final class ReferencePhraseMatcher<T> {
    private static final int LONGEST_SPAN = 8;

    private final Map<T, List<Name>> names = new LinkedHashMap<>();
    private final Set<String> ignored;

    /** A name of a thing: its collapsed key and its tokens. */
    private record Name(String key, List<String> tokens) {
    }

    /**
     * A mention: the tokens {@code [from, to)} name one thing or, when ambiguous, several.
     *
     * @param exact whether the span is a whole name rather than part of one
     */
    record Match<T>(List<T> candidates, int from, int to, boolean exact) {
        boolean isAmbiguous() {
            return candidates.size() > 1;
        }

        T single() {
            return candidates.get(0);
        }
    }

    /** @param ignored tokens that never count as part of a partial mention (question words, stop words) */
    ReferencePhraseMatcher(Set<String> ignored) {
        this.ignored = ignored;
    }

    /** Adds a name for {@code thing}; a thing may have several (a display name and an id). */
    void add(T thing, String name) {
        List<String> tokens = Words.tokens(name);
        if (!tokens.isEmpty()) {
            names.computeIfAbsent(thing, t -> new ArrayList<>()).add(new Name(String.join("", tokens), tokens));
        }
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    /** The best mention in {@code tokens}: the longest whole name, else the longest unambiguous part of one. */
    Optional<Match<T>> find(List<String> tokens) {
        Match<T> best = null;
        for (int from = 0; from < tokens.size(); from++) {
            StringBuilder span = new StringBuilder();
            for (int to = from + 1; to <= Math.min(tokens.size(), from + LONGEST_SPAN); to++) {
                span.append(tokens.get(to - 1));
                Match<T> match = matchSpan(span.toString(), tokens.subList(from, to), from, to);
                if (match != null && better(match, best)) {
                    best = match;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Match<T> matchSpan(String collapsed, List<String> spanTokens, int from, int to) {
        Set<T> exact = new LinkedHashSet<>();
        Set<T> partial = new LinkedHashSet<>();
        boolean meaningful = spanTokens.stream().anyMatch(t -> !ignored.contains(t) && !Words.isStopWord(t));
        for (Map.Entry<T, List<Name>> entry : names.entrySet()) {
            for (Name name : entry.getValue()) {
                if (name.key().equals(collapsed)) {
                    exact.add(entry.getKey());
                } else if (meaningful && isPart(collapsed, spanTokens, name)) {
                    partial.add(entry.getKey());
                }
            }
        }
        if (!exact.isEmpty()) {
            return new Match<>(List.copyOf(exact), from, to, true);
        }
        if (!partial.isEmpty()) {
            return new Match<>(List.copyOf(partial), from, to, false);
        }
        return null;
    }

    /** A prefix of the collapsed name with a digit or 5+ letters, or a run of whole tokens of 4+ letters. */
    private static boolean isPart(String collapsed, List<String> spanTokens, Name name) {
        boolean hasDigit = collapsed.chars().anyMatch(Character::isDigit);
        if (name.key().startsWith(collapsed) && (hasDigit && collapsed.length() >= 2 || collapsed.length() >= 5)) {
            return true;
        }
        return collapsed.length() >= 4 && containsRun(name.tokens(), spanTokens);
    }

    private static boolean containsRun(List<String> haystack, List<String> run) {
        for (int i = 0; i + run.size() <= haystack.size(); i++) {
            if (haystack.subList(i, i + run.size()).equals(run)) {
                return true;
            }
        }
        return false;
    }

    private static <T> boolean better(Match<T> candidate, Match<T> best) {
        if (best == null) {
            return true;
        }
        if (candidate.exact() != best.exact()) {
            return candidate.exact();
        }
        if (candidate.isAmbiguous() != best.isAmbiguous()) {
            return !candidate.isAmbiguous();
        }
        return candidate.to() - candidate.from() > best.to() - best.from();
    }
}
