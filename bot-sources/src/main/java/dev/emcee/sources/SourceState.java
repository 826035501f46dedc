package dev.emcee.sources;

import dev.emcee.sources.read.LoadedSchedule;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * What Emcee knows of one source: the schedule in use and what tells whether the source changed since.
 *
 * @param loaded the last good schedule of this source
 * @param hash a digest of the bytes {@code loaded} came from, or of the last bytes that failed
 * @param validators the URL's ETag / Last-Modified as last seen
 * @param stamp the file's modification time and size as last seen
 */
record SourceState(LoadedSchedule loaded, String hash, Validators validators, Optional<FileStamp> stamp) {

    /** A file's modification time and size. */
    record FileStamp(FileTime modified, long size) {
    }

    /** The same schedule, now known to match other bytes or validators (which failed or did not change it). */
    SourceState seen(String newHash, Validators newValidators, Optional<FileStamp> newStamp) {
        return new SourceState(loaded, newHash, newValidators, newStamp);
    }
}
