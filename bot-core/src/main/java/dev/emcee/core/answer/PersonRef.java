package dev.emcee.core.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A person as an answer shows them: name, affiliation and roles such as "Distributed Systems track host". */
public record PersonRef(String name, Optional<String> affiliation, List<String> roles) {
    public PersonRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(affiliation, "affiliation");
        roles = List.copyOf(roles);
    }

    /** "Emily Shea (Fastly)". */
    public String nameWithAffiliation() {
        return affiliation.map(a -> name + " (" + a + ")").orElse(name);
    }
}
