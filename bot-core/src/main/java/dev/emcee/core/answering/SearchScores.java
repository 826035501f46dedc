package dev.emcee.core.answering;

import java.util.Arrays;
import java.util.List;

/**
 * Ranks the sessions that search terms occur in, without comparisons: the terms' postings, each in time order,
 * are merged in one pass that counts the terms and sums the weights of each session, then a counting sort by
 * (terms, weight) keeps time order within equal scores.
 */
final class SearchScores {
    private SearchScores() {
    }

    /** Postings in time order: session places and the weight of each. */
    record Postings(int[] positions, int[] weights, int size) {
    }

    /**
     * The postings of several index words found for one term, as one: each session once, with its best weight.
     */
    static Postings bestOf(List<Postings> keys) {
        if (keys.size() == 1) {
            return keys.get(0);
        }
        int total = keys.stream().mapToInt(Postings::size).sum();
        int[] positions = new int[total];
        int[] weights = new int[total];
        int[] heads = new int[keys.size()];
        int size = 0;
        while (true) {
            int next = minimumHead(keys, heads);
            if (next == Integer.MAX_VALUE) {
                return new Postings(positions, weights, size);
            }
            int best = 0;
            for (int k = 0; k < keys.size(); k++) {
                Postings p = keys.get(k);
                if (heads[k] < p.size() && p.positions()[heads[k]] == next) {
                    best = Math.max(best, p.weights()[heads[k]++]);
                }
            }
            positions[size] = next;
            weights[size++] = best;
        }
    }

    /**
     * The sessions any term occurs in: most terms first, then the highest sum of weights, then time order.
     *
     * @param terms one postings list per term, each in time order
     * @param maxWeight the highest weight a single posting can have
     * @param sessions how many sessions the schedule has
     */
    static int[] ranked(List<Postings> terms, int maxWeight, int sessions) {
        int width = terms.size() * maxWeight + 1;
        Buckets buckets = new Buckets(terms.stream().mapToInt(Postings::size).sum(), terms.size() * width);
        if (terms.size() == 1) {
            Postings only = terms.get(0);
            for (int i = 0; i < only.size(); i++) {
                buckets.add(only.positions()[i], width - 1 - only.weights()[i]);
            }
        } else if (terms.size() == 2) {
            mergeTwo(terms.get(0), terms.get(1), width, buckets);
        } else {
            accumulate(terms, width, sessions, buckets);
        }
        return buckets.ranked();
    }

    /** The common case of two words, as a plain two-way merge. */
    private static void mergeTwo(Postings a, Postings b, int width, Buckets buckets) {
        int[] ap = a.positions();
        int[] aw = a.weights();
        int[] bp = b.positions();
        int[] bw = b.weights();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (ap[i] == bp[j]) {
                buckets.add(ap[i], width - 1 - aw[i++] - bw[j++]);
            } else if (ap[i] < bp[j]) {
                buckets.add(ap[i], width + width - 1 - aw[i++]);
            } else {
                buckets.add(bp[j], width + width - 1 - bw[j++]);
            }
        }
        for (; i < a.size(); i++) {
            buckets.add(ap[i], width + width - 1 - aw[i]);
        }
        for (; j < b.size(); j++) {
            buckets.add(bp[j], width + width - 1 - bw[j]);
        }
    }

    /** Three words or more: sums per session in one array, read back in time order. */
    private static void accumulate(List<Postings> terms, int width, int sessions, Buckets buckets) {
        int[] sums = new int[sessions];
        for (Postings p : terms) {
            int[] positions = p.positions();
            int[] weights = p.weights();
            for (int i = 0; i < p.size(); i++) {
                sums[positions[i]] += (1 << 16) + weights[i];
            }
        }
        for (int position = 0; position < sessions; position++) {
            int sum = sums[position];
            if (sum != 0) {
                buckets.add(position, (terms.size() - (sum >>> 16)) * width + (width - 1 - (sum & 0xFFFF)));
            }
        }
    }

    /**
     * Sessions met in time order, each with its bucket (lower is better), sorted by bucket keeping time order
     * within one: a counting sort.
     */
    private static final class Buckets {
        private final int[] found;
        private final int[] bucketOf;
        private final int[] starts;
        private int count;

        Buckets(int capacity, int buckets) {
            found = new int[capacity];
            bucketOf = new int[capacity];
            starts = new int[buckets + 1];
        }

        void add(int position, int bucket) {
            found[count] = position;
            bucketOf[count++] = bucket;
            starts[bucket + 1]++;
        }

        int[] ranked() {
            for (int b = 1; b < starts.length; b++) {
                starts[b] += starts[b - 1];
            }
            int[] ranked = new int[count];
            for (int i = 0; i < count; i++) {
                ranked[starts[bucketOf[i]]++] = found[i];
            }
            return ranked;
        }
    }

    /** The smallest session place at the heads of the lists, or {@link Integer#MAX_VALUE} when all are done. */
    private static int minimumHead(List<Postings> lists, int[] heads) {
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < lists.size(); i++) {
            Postings p = lists.get(i);
            if (heads[i] < p.size()) {
                min = Math.min(min, p.positions()[heads[i]]);
            }
        }
        return min;
    }

    static int[] trimmed(int[] array, int size) {
        return array.length == size ? array : Arrays.copyOf(array, size);
    }
}
