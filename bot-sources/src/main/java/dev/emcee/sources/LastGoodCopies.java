package dev.emcee.sources;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last copy of each URL source that loaded, kept in {@code DATA/sources/} so that Emcee can start when the
 * source is down.
 *
 * <p>Each copy is two files named after a hash of the URL: the body, and a small properties file with the URL, its
 * validators and when it was fetched. Both are replaced atomically.
 */
final class LastGoodCopies {
    private static final Logger LOG = LoggerFactory.getLogger(LastGoodCopies.class);

    private final Optional<Path> folder;

    LastGoodCopies(Optional<Path> dataFolder) {
        this.folder = dataFolder.map(d -> d.resolve("sources"));
    }

    /** A saved copy. */
    record Copy(byte[] body, Validators validators, Instant fetchedAt) {
    }

    void save(ScheduleSource source, byte[] body, Validators validators, Instant fetchedAt) {
        if (folder.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(folder.get());
            String name = name(source);
            Path bodyTemp = Files.createTempFile(folder.get(), name, ".tmp");
            Files.write(bodyTemp, body);
            Files.move(bodyTemp, folder.get().resolve(name + ".body"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Properties meta = new Properties();
            meta.setProperty("url", source.location());
            validators.etag().ifPresent(v -> meta.setProperty("etag", v));
            validators.lastModified().ifPresent(v -> meta.setProperty("last-modified", v));
            meta.setProperty("fetched-at", fetchedAt.toString());
            Path metaTemp = Files.createTempFile(folder.get(), name, ".tmp");
            try (Writer out = Files.newBufferedWriter(metaTemp, StandardCharsets.UTF_8)) {
                meta.store(out, "Last good copy of a schedule source, kept by Emcee");
            }
            Files.move(metaTemp, folder.get().resolve(name + ".properties"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not keep a copy of {} in {}: {}", source.location(), folder.get(), e.toString());
        }
    }

    Optional<Copy> find(ScheduleSource source) {
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Path body = folder.get().resolve(name(source) + ".body");
        Path metaFile = folder.get().resolve(name(source) + ".properties");
        if (!Files.isRegularFile(body) || !Files.isRegularFile(metaFile)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(metaFile, StandardCharsets.UTF_8)) {
            Properties meta = new Properties();
            meta.load(in);
            Validators validators = new Validators(Optional.ofNullable(meta.getProperty("etag")),
                    Optional.ofNullable(meta.getProperty("last-modified")));
            Instant fetchedAt = Instant.parse(meta.getProperty("fetched-at", Instant.EPOCH.toString()));
            return Optional.of(new Copy(Files.readAllBytes(body), validators, fetchedAt));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The kept copy of {} in {} cannot be read: {}", source.location(), folder.get(), e.toString());
            return Optional.empty();
        }
    }

    private static String name(ScheduleSource source) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(source.location().getBytes(
                    StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
