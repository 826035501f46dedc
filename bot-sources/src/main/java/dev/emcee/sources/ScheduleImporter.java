package dev.emcee.sources;

import dev.emcee.sources.frab.FrabXmlReader;
import dev.emcee.sources.ical.IcalReader;
import dev.emcee.sources.listing.ListingReader;
import dev.emcee.sources.pretalx.ScheduleJsonReader;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.ReadOptions;
import dev.emcee.sources.read.ScheduleLoadException;
import dev.emcee.sources.read.ScheduleReader;
import dev.emcee.sources.read.SourceText;
import dev.emcee.sources.sessionize.SessionizeReader;
import dev.emcee.sources.yaml.EmceeYamlReader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a schedule in any format Emcee knows: refuses what is too big or not text, detects the format from the
 * content (unless the operator names it), and hands it to that format's reader.
 *
 * <p>No reader's bug can crash the caller: an unexpected exception becomes a load error naming the source.
 */
public final class ScheduleImporter {
    /** The largest schedule read by default: real exports are well under 2 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleImporter.class);

    private final long maxBytes;
    private final Map<ScheduleFormat, ScheduleReader> readers = new EnumMap<>(ScheduleFormat.class);

    /** An importer with the default size limit. */
    public ScheduleImporter() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes sources larger than this are refused */
    public ScheduleImporter(long maxBytes) {
        this.maxBytes = maxBytes;
        readers.put(ScheduleFormat.EMCEE_YAML, (source, options) -> new EmceeYamlReader(options.zone())
                .read(source.name(), new StringReader(source.utf8())));
        readers.put(ScheduleFormat.FRAB_XML, new FrabXmlReader());
        readers.put(ScheduleFormat.SCHEDULE_JSON, new ScheduleJsonReader());
        readers.put(ScheduleFormat.ICAL, new IcalReader());
        readers.put(ScheduleFormat.SESSIONIZE, new SessionizeReader());
        readers.put(ScheduleFormat.LISTING, new ListingReader());
    }

    /** The size limit, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads a source.
     *
     * @param format the format the operator named, or empty to detect it from the content
     * @throws ScheduleLoadException with located problems when the source cannot be used
     */
    public LoadedSchedule read(SourceText source, Optional<ScheduleFormat> format, ReadOptions options)
            throws ScheduleLoadException {
        checkSize(source.name(), source.bytes().length);
        if (source.bytes().length == 0 || new String(source.bytes(), StandardCharsets.UTF_8).isBlank()) {
            throw ScheduleLoadException.of(source.name(), 0, "", "the file is empty");
        }
        checkText(source);
        ScheduleFormat chosen = format.or(() -> FormatDetector.detect(source)).orElseThrow(
                () -> ScheduleLoadException.of(source.name(), 1, "", "cannot tell which schedule format this is; "
                        + "name it before the path (for example ical:" + source.name() + "); formats: "
                        + ScheduleFormat.keys()));
        try {
            return readers.get(chosen).read(source, options);
        } catch (RuntimeException e) {
            LOG.error("The {} reader failed on {}", chosen.key(), source.name(), e);
            throw ScheduleLoadException.of(source.name(), 0, "", "could not be read as " + chosen.description()
                    + ": " + e);
        }
    }

    /** Refuses a source of {@code size} bytes when it is over the limit. */
    public void checkSize(String name, long size) throws ScheduleLoadException {
        if (size > maxBytes) {
            throw ScheduleLoadException.of(name, 0, "", String.format(Locale.ROOT,
                    "is %.1f MB; schedules over %.1f MB are refused (is this the right file?)",
                    size / 1048576.0, maxBytes / 1048576.0));
        }
    }

    /** Refuses binary data: NUL bytes or bytes that are not UTF-8 near the start. */
    private static void checkText(SourceText source) throws ScheduleLoadException {
        byte[] bytes = source.bytes();
        int length = Math.min(bytes.length, 8192);
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                throw ScheduleLoadException.of(source.name(), 0, "", "is binary data, not a schedule (a NUL byte "
                        + "at offset " + i + ")");
            }
        }
        try {
            // Cut at the last line end so that a multibyte character split by the 8 KB window is not an error.
            int end = length;
            while (end > 0 && end < bytes.length && bytes[end - 1] != '\n') {
                end--;
            }
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, end == 0 ? length : end));
        } catch (CharacterCodingException e) {
            if (!new String(bytes, 0, length, StandardCharsets.ISO_8859_1).startsWith("BEGIN:VCALENDAR")) {
                throw ScheduleLoadException.of(source.name(), 0, "", "is not UTF-8 text; save it as UTF-8 "
                        + "(or it is binary data, not a schedule)");
            }
        }
    }
}
