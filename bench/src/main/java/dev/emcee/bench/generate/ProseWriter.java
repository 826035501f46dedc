package dev.emcee.bench.generate;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Writes believable titles, abstracts and bios from topics, with a seeded random source. */
final class ProseWriter {
    private static final List<String> TITLES = List.of(
            "%s at Scale", "Lessons from Ten Years of %s", "Practical %s", "%s and %s: A Love Story",
            "Debugging %s in Production", "Why %s Fails (and How to Fix It)", "Building %s with %s",
            "An Introduction to %s", "The Hidden Cost of %s", "%s Patterns for Small Teams",
            "From Zero to %s", "%s Without the Hype", "What We Learned Migrating to %s",
            "%s in the Real World", "Rethinking %s", "A Field Guide to %s", "%s for the Rest of Us",
            "Taming %s", "%s: Past, Present and Future", "How %s Changed Our %s");
    private static final List<String> OPENERS = List.of(
            "Most teams meet %s long before they are ready for it.",
            "%s promises a lot, and delivers some of it.",
            "Every production system eventually runs into %s.",
            "This talk is a tour of %s as it is practised rather than as it is sold.",
            "Two years ago our team bet on %s.",
            "%s is easy to start and hard to finish.");
    private static final List<String> MIDDLES = List.of(
            "We walk through the failures we caused, the dashboards that hid them and the fixes that stuck.",
            "You will see the trade-offs between %s and %s with numbers from a real deployment.",
            "We cover the design, the migration plan and the incidents along the way.",
            "Expect code, diagrams and at least one honest postmortem about %s.",
            "The examples come from a system that serves millions of requests a day.",
            "We compare three approaches to %s and explain why we kept the boring one.",
            "Along the way we look at how %s interacts with %s.");
    private static final List<String> CLOSERS = List.of(
            "You will leave with a checklist you can use on Monday.",
            "No prior experience with %s is needed.",
            "Bring questions; the last ten minutes are for them.",
            "Slides and code will be published after the session.",
            "Attendees should be comfortable reading code.");
    private static final List<String> ROLES = List.of(
            "a staff engineer", "a principal engineer", "an engineering manager", "a researcher",
            "a site reliability engineer", "a developer advocate", "a software engineer", "a security engineer",
            "a data engineer", "a maintainer of several open source projects", "the CTO");

    private final RandomGenerator random;
    private final List<String> topics;

    ProseWriter(RandomGenerator random, List<String> topics) {
        this.random = random;
        this.topics = topics;
    }

    /** A topic from the list. */
    String topic() {
        return pick(topics);
    }

    /** A session title about {@code main}. */
    String title(String main) {
        String template = pick(TITLES);
        return String.format(Locale.ROOT, template, main, topic());
    }

    /** A three- or four-sentence abstract about {@code main}. */
    String abstractAbout(String main) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, pick(OPENERS), main)).append(' ');
        text.append(String.format(Locale.ROOT, pick(MIDDLES), main, topic())).append(' ');
        if (random.nextBoolean()) {
            text.append(String.format(Locale.ROOT, pick(MIDDLES), topic(), main)).append(' ');
        }
        text.append(String.format(Locale.ROOT, pick(CLOSERS), main.toLowerCase(Locale.ROOT)));
        return text.toString();
    }

    /** A one- or two-sentence bio. */
    String bio(String name, String company) {
        String first = name.split(" ")[0];
        return name + " is " + pick(ROLES) + " at " + company + ", working on " + topic().toLowerCase(Locale.ROOT)
                + " and " + topic().toLowerCase(Locale.ROOT) + "."
                + (random.nextInt(3) == 0 ? " Before that, " + first + " built " + topic().toLowerCase(Locale.ROOT)
                        + " tooling for a decade." : "");
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
