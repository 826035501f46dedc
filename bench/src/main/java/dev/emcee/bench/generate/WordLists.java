package dev.emcee.bench.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The word lists the generator draws from: people's names, companies and topics (resources beside this class). */
record WordLists(List<String> firstNames, List<String> lastNames, List<String> companies, List<String> topics) {
    WordLists {
        firstNames = List.copyOf(firstNames);
        lastNames = List.copyOf(lastNames);
        companies = List.copyOf(companies);
        topics = List.copyOf(topics);
    }

    /** The bundled lists. */
    static WordLists bundled() {
        return new WordLists(read("first-names.txt"), read("last-names.txt"), read("companies.txt"),
                read("topics.txt"));
    }

    private static List<String> read(String name) {
        try (InputStream in = WordLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("generator word list missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
