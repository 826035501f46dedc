package dev.emcee.core.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds mentions of named things (rooms, tracks, companies) in a question's tokens, tolerant of spacing and
 * punctuation: "ll21ab", "LL21 A/B" and "ll21 a b" all mention the room "LL21 A/B", and "ll21" alone does when
 * no other room starts with it.
 *
 * <p>Names are indexed by their collapsed key (whole and by prefix) and by their words, so that each span of the
 * question costs a few lookups, however many rooms the venue has. Things come back in the order they were added.
 *
 * @param <T> what is named
 */
final class PhraseMatcher<T> {
    private static final int LONGEST_SPAN = 8;

    private final Set<String> ignored;
    /** Words that mark the token beside them as a place ("in", "the" before; "room", "stage" after). */
    private final Set<String> cuesBefore;
    private final Set<String> cuesAfter;
    /** The things, numbered in the order they were first added. */
    private final List<T> things = new ArrayList<>();
    private final Map<T, Integer> ordinals = new HashMap<>();
    private final Map<String, BitSet> byKey = new HashMap<>();
    private final Map<String, List<Name>> byToken = new HashMap<>();
    private final List<Name> names = new ArrayList<>();
    /** Every name's key, sorted, for prefix ranges; built on first use after the last {@link #add}. */
    private volatile Name[] sortedByKey;

    /** A name of a thing: its collapsed key and its tokens. */
    private record Name(String key, List<String> tokens, int thing) {
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
    PhraseMatcher(Set<String> ignored) {
        this(ignored, Set.of(), Set.of());
    }

    /**
     * A matcher for names that ordinary words of a question may also be part of: a single word without digits
     * ("right" of "Hardware Hacking Area -- Right-front", "one" of the room "One") names a thing only when the
     * question is that word alone, or a cue stands beside it ("in one", "the fuse stage").
     *
     * @param ignored as for {@link #PhraseMatcher(Set)}
     * @param cuesBefore words that, just before a single word, make it a mention
     * @param cuesAfter words that, just after a single word, make it a mention
     */
    PhraseMatcher(Set<String> ignored, Set<String> cuesBefore, Set<String> cuesAfter) {
        this.ignored = ignored;
        this.cuesBefore = cuesBefore;
        this.cuesAfter = cuesAfter;
    }

    /** Adds a name for {@code thing}; a thing may have several (a display name and an id). */
    void add(T thing, String name) {
        List<String> tokens = Words.tokens(name);
        if (tokens.isEmpty()) {
            return;
        }
        int ordinal = ordinals.computeIfAbsent(thing, t -> {
            things.add(t);
            return things.size() - 1;
        });
        Name entry = new Name(String.join("", tokens), List.copyOf(tokens), ordinal);
        names.add(entry);
        byKey.computeIfAbsent(entry.key(), k -> new BitSet()).set(ordinal);
        for (String token : Set.copyOf(tokens)) {
            byToken.computeIfAbsent(token, k -> new ArrayList<>()).add(entry);
        }
        sortedByKey = null;
    }

    boolean isEmpty() {
        return things.isEmpty();
    }

    /** The best mention in {@code tokens}: the longest whole name, else the longest unambiguous part of one. */
    Optional<Match<T>> find(List<String> tokens) {
        Match<T> best = null;
        for (int from = 0; from < tokens.size(); from++) {
            StringBuilder span = new StringBuilder();
            for (int to = from + 1; to <= Math.min(tokens.size(), from + LONGEST_SPAN); to++) {
                span.append(tokens.get(to - 1));
                Match<T> match = matchSpan(span.toString(), tokens.subList(from, to), from, to);
                if (match != null && better(match, best) && cued(tokens, from, to)) {
                    best = match;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the span {@code [from, to)} may be a mention, given the cues this matcher asks for. */
    private boolean cued(List<String> tokens, int from, int to) {
        if (cuesBefore.isEmpty() && cuesAfter.isEmpty() || to - from > 1 || tokens.size() == 1) {
            return true;
        }
        String word = tokens.get(from);
        if (word.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        return from > 0 && cuesBefore.contains(tokens.get(from - 1))
                || to < tokens.size() && cuesAfter.contains(tokens.get(to));
    }

    private Match<T> matchSpan(String collapsed, List<String> spanTokens, int from, int to) {
        BitSet exact = byKey.get(collapsed);
        if (exact != null) {
            return new Match<>(thingsOf(exact), from, to, true);
        }
        boolean meaningful = spanTokens.stream().anyMatch(t -> !ignored.contains(t) && !Words.isStopWord(t));
        if (!meaningful) {
            return null;
        }
        BitSet partial = new BitSet();
        boolean hasDigit = collapsed.chars().anyMatch(Character::isDigit);
        if (hasDigit && collapsed.length() >= 2 || collapsed.length() >= 5) {
            addKeysStartingWith(collapsed, partial);
        }
        if (collapsed.length() >= 4) {
            for (Name name : byToken.getOrDefault(spanTokens.get(0), List.of())) {
                if (containsRun(name.tokens(), spanTokens)) {
                    partial.set(name.thing());
                }
            }
        }
        return partial.isEmpty() ? null : new Match<>(thingsOf(partial), from, to, false);
    }

    /** Marks the things with a name whose key begins with {@code prefix} (and is longer: equal keys are exact). */
    private void addKeysStartingWith(String prefix, BitSet into) {
        Name[] sorted = sortedByKey;
        if (sorted == null) {
            sorted = names.stream().sorted((a, b) -> a.key().compareTo(b.key())).toArray(Name[]::new);
            sortedByKey = sorted;
        }
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid].key().compareTo(prefix) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int i = low; i < sorted.length && sorted[i].key().startsWith(prefix); i++) {
            into.set(sorted[i].thing());
        }
    }

    private List<T> thingsOf(BitSet ordinals) {
        List<T> out = new ArrayList<>(ordinals.cardinality());
        for (int i = ordinals.nextSetBit(0); i >= 0; i = ordinals.nextSetBit(i + 1)) {
            out.add(things.get(i));
        }
        return List.copyOf(out);
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
