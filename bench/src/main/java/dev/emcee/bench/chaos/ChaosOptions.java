package dev.emcee.bench.chaos;

import java.util.List;

/**
 * The chaos run's command line: {@code --minutes M} (how long instances are killed and questions asked, default 10)
 * and {@code --seed S} (what is killed when, which posts are held open, which questions are asked; default 1).
 */
record ChaosOptions(int minutes, long seed) {
    static final int DEFAULT_MINUTES = 10;
    static final long DEFAULT_SEED = 1;

    ChaosOptions {
        if (minutes < 1 || minutes > 120) {
            throw new IllegalArgumentException("--minutes takes 1 to 120, not " + minutes);
        }
    }

    /** Reads the arguments; a wrong one is an {@link IllegalArgumentException} whose message says what to write. */
    static ChaosOptions parse(List<String> args) {
        int minutes = DEFAULT_MINUTES;
        long seed = DEFAULT_SEED;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (arg) {
                case "--minutes" -> minutes = (int) number(arg, value);
                case "--seed" -> seed = number(arg, value);
                default -> throw new IllegalArgumentException("unknown argument " + arg
                        + " (usage: bench/chaos [--minutes M] [--seed S])");
            }
            i++;
        }
        return new ChaosOptions(minutes, seed);
    }

    private static long number(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a number");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not \"" + value + "\"");
        }
    }
}
