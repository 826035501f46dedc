package dev.emcee.sources;

import java.util.Objects;
import java.util.Optional;

/**
 * What a server said identifies its copy, sent back on the next request so it can answer 304 Not Modified.
 *
 * @param etag the {@code ETag} header
 * @param lastModified the {@code Last-Modified} header, as sent
 */
record Validators(Optional<String> etag, Optional<String> lastModified) {
    public Validators {
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /** None known. */
    public static Validators none() {
        return new Validators(Optional.empty(), Optional.empty());
    }
}
