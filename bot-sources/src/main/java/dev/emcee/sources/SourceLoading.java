package dev.emcee.sources;

import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.Problem;
import dev.emcee.sources.read.ScheduleLoadException;
import dev.emcee.sources.read.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads one source the first time, and reloads it when it may have changed.
 *
 * <p>A URL that is down, or that serves a schedule that does not load, falls back at start to the copy kept in the
 * data folder. A reload never throws: a source that fails keeps its last good schedule, and the precise problems are
 * logged once per version of the source.
 */
final class SourceLoading {
    private static final Logger LOG = LoggerFactory.getLogger(SourceLoading.class);

    private final ScheduleImporter importer;
    private final HttpFetch http;
    private final LastGoodCopies copies;
    private final SourceSettings settings;
    private final Clock clock;
    private volatile ReloadObserver observer = ReloadObserver.NONE;

    SourceLoading(ScheduleImporter importer, HttpFetch http, LastGoodCopies copies, SourceSettings settings,
            Clock clock) {
        this.importer = importer;
        this.http = http;
        this.copies = copies;
        this.settings = settings;
        this.clock = clock;
    }

    void observeWith(ReloadObserver observer) {
        this.observer = observer;
    }

    SourceState load(ScheduleSource source) throws ScheduleLoadException {
        return source.isUrl() ? loadUrl(source) : loadFile(source);
    }

    SourceState reload(ScheduleSource source, SourceState old) {
        try {
            return source.isUrl() ? reloadUrl(source, old) : reloadFile(source, old);
        } catch (RuntimeException e) {
            LOG.error("Reloading {} failed; the last good schedule stays in service", source, e);
            observer.reloaded(source.location(), false);
            return old;
        }
    }

    private SourceState loadFile(ScheduleSource source) throws ScheduleLoadException {
        Path path = source.path(settings.baseFolder());
        SourceState.FileStamp stamp = stamp(source, path);
        byte[] bytes = readFile(source, path);
        return new SourceState(read(source, bytes), hash(bytes), Validators.none(), Optional.of(stamp));
    }

    private SourceState reloadFile(ScheduleSource source, SourceState old) {
        Path path = source.path(settings.baseFolder());
        try {
            SourceState.FileStamp stamp = stamp(source, path);
            if (old.stamp().equals(Optional.of(stamp))) {
                return old;
            }
            byte[] bytes = readFile(source, path);
            String hash = hash(bytes);
            if (hash.equals(old.hash())) {
                return old.seen(hash, old.validators(), Optional.of(stamp));
            }
            try {
                LoadedSchedule loaded = read(source, bytes);
                LOG.info("Reloaded {}: {} sessions", source, loaded.schedule().sessions().size());
                observer.reloaded(source.location(), true);
                return new SourceState(loaded, hash, Validators.none(), Optional.of(stamp));
            } catch (ScheduleLoadException e) {
                refused(source, e);
                return old.seen(hash, old.validators(), Optional.of(stamp));
            }
        } catch (ScheduleLoadException e) {
            if (!old.hash().equals("unreadable")) {
                refused(source, e);
            }
            return old.seen("unreadable", old.validators(), Optional.empty());
        }
    }

    private SourceState loadUrl(ScheduleSource source) throws ScheduleLoadException {
        Optional<LastGoodCopies.Copy> copy = copies.find(source);
        HttpFetch.Fetched fetched;
        try {
            fetched = http.fetch(source.uri(), copy.map(LastGoodCopies.Copy::validators).orElse(Validators.none()));
        } catch (HttpFetch.Unavailable e) {
            if (copy.isEmpty()) {
                throw ScheduleLoadException.of(source.location(), 0, "", e.getMessage()
                        + "; no earlier copy is kept to start from");
            }
            return fromCopy(source, copy.get(), e.getMessage());
        }
        if (fetched instanceof HttpFetch.NotModified && copy.isPresent()) {
            return fromCopy(source, copy.get(), null);
        }
        if (!(fetched instanceof HttpFetch.Fresh fresh)) {
            throw ScheduleLoadException.of(source.location(), 0, "", "the server answered 304 Not Modified to a "
                    + "request without conditions");
        }
        try {
            LoadedSchedule loaded = read(source, fresh.body());
            copies.save(source, fresh.body(), fresh.validators(), clock.instant());
            return new SourceState(loaded, hash(fresh.body()), fresh.validators(), Optional.empty());
        } catch (ScheduleLoadException e) {
            if (copy.isEmpty()) {
                throw e;
            }
            return fromCopy(source, copy.get(), "what it serves now does not load:\n" + lines(e.problems()));
        }
    }

    private SourceState fromCopy(ScheduleSource source, LastGoodCopies.Copy copy, String reason)
            throws ScheduleLoadException {
        LoadedSchedule loaded = read(source, copy.body());
        List<Problem> warnings = new ArrayList<>(loaded.warnings());
        if (reason != null) {
            warnings.add(0, Problem.warning(source.location(), 0, "", "using the copy kept from "
                    + copy.fetchedAt() + " because " + reason));
            LOG.warn("{}: using the copy kept from {} because {}", source, copy.fetchedAt(), reason);
        }
        return new SourceState(new LoadedSchedule(loaded.schedule(), warnings), hash(copy.body()),
                copy.validators(), Optional.empty());
    }

    private SourceState reloadUrl(ScheduleSource source, SourceState old) {
        HttpFetch.Fetched fetched;
        try {
            fetched = http.fetch(source.uri(), old.validators());
        } catch (HttpFetch.Unavailable e) {
            LOG.warn("{} is unavailable ({}); the last good schedule stays in service", source, e.getMessage());
            return old;
        }
        if (!(fetched instanceof HttpFetch.Fresh fresh)) {
            return old;
        }
        String hash = hash(fresh.body());
        if (hash.equals(old.hash())) {
            return old.seen(hash, fresh.validators(), Optional.empty());
        }
        try {
            LoadedSchedule loaded = read(source, fresh.body());
            copies.save(source, fresh.body(), fresh.validators(), clock.instant());
            LOG.info("Reloaded {}: {} sessions", source, loaded.schedule().sessions().size());
                observer.reloaded(source.location(), true);
            return new SourceState(loaded, hash, fresh.validators(), Optional.empty());
        } catch (ScheduleLoadException e) {
            refused(source, e);
            return old.seen(hash, fresh.validators(), Optional.empty());
        }
    }

    private LoadedSchedule read(ScheduleSource source, byte[] bytes) throws ScheduleLoadException {
        return importer.read(new SourceText(source.location(), bytes), source.format(), settings.readOptions());
    }

    private SourceState.FileStamp stamp(ScheduleSource source, Path path) throws ScheduleLoadException {
        try {
            return new SourceState.FileStamp(Files.getLastModifiedTime(path), Files.size(path));
        } catch (NoSuchFileException e) {
            throw ScheduleLoadException.of(source.location(), 0, "", "no such file (looked for " + path
                    .toAbsolutePath() + ")");
        } catch (IOException e) {
            throw ScheduleLoadException.of(source.location(), 0, "", "cannot read the file: " + e);
        }
    }

    private byte[] readFile(ScheduleSource source, Path path) throws ScheduleLoadException {
        try {
            importer.checkSize(source.location(), Files.size(path));
            if (Files.isDirectory(path)) {
                throw ScheduleLoadException.of(source.location(), 0, "", "is a folder, not a schedule file");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw ScheduleLoadException.of(source.location(), 0, "", "cannot read the file: " + e.getMessage());
        }
    }

    private void refused(ScheduleSource source, ScheduleLoadException e) {
        observer.reloaded(source.location(), false);
        LOG.error("{} changed but cannot be used; the last good schedule stays in service:\n{}", source,
                lines(e.problems()));
    }

    private static String lines(List<Problem> problems) {
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

}
