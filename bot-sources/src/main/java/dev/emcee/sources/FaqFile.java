package dev.emcee.sources;

import dev.emcee.core.faq.Faq;
import dev.emcee.sources.read.LoadedFaq;
import dev.emcee.sources.read.Problem;
import dev.emcee.sources.read.ScheduleLoadException;
import dev.emcee.sources.yaml.FaqYamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The organizers' FAQ file, kept fresh: read at start, then read again whenever its modification time or size
 * changes ({@link #reloadIfChanged}, polled with the schedule's files). A version with an error is reported once
 * and leaves the last good FAQ in service.
 */
public final class FaqFile {
    private static final Logger LOG = LoggerFactory.getLogger(FaqFile.class);

    private final Path path;
    private final FaqYamlReader reader = new FaqYamlReader();
    private SourceState.FileStamp seen;

    /** The FAQ in {@code path} (not read yet). */
    public FaqFile(Path path) {
        this.path = Objects.requireNonNull(path, "path");
    }

    /** The file, as the problems name it. */
    public Path path() {
        return path;
    }

    /**
     * Reads the file now.
     *
     * @throws ScheduleLoadException with every problem when the file cannot be used
     */
    public synchronized LoadedFaq load() throws ScheduleLoadException {
        seen = stamp().orElse(null);
        return reader.read(path);
    }

    /**
     * The FAQ as the file now says, when the file changed since it was last read and has no error; empty when
     * unchanged or broken (the problems of a broken version are logged, once). Never throws.
     */
    public synchronized Optional<Faq> reloadIfChanged() {
        Optional<SourceState.FileStamp> now = stamp();
        if (now.isEmpty() || now.get().equals(seen)) {
            return Optional.empty();
        }
        seen = now.get();
        try {
            LoadedFaq loaded = reader.read(path);
            loaded.warnings().forEach(w -> LOG.warn("{}", w));
            LOG.info("FAQ updated: {} entries from {}", loaded.faq().entries().size(), path);
            return Optional.of(loaded.faq());
        } catch (ScheduleLoadException e) {
            LOG.error("The FAQ in {} has errors; the last good FAQ stays in service:\n{}", path,
                    String.join("\n", e.problems().stream().map(Problem::toString).toList()));
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.error("Reading the FAQ in {} failed; the last good FAQ stays in service", path, e);
            return Optional.empty();
        }
    }

    private Optional<SourceState.FileStamp> stamp() {
        try {
            return Optional.of(new SourceState.FileStamp(Files.getLastModifiedTime(path), Files.size(path)));
        } catch (IOException e) {
            if (seen != null) {
                LOG.warn("The FAQ file {} cannot be read ({}); the last good FAQ stays in service", path,
                        e.toString());
                seen = null; // said once; a file that comes back is read again
            }
            return Optional.empty();
        }
    }
}
