package dev.emcee.sources.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.core.schedule.Track;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.core.testing.SharedFiles;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.ReadOptions;
import dev.emcee.sources.read.SourceText;
import dev.emcee.sources.testing.BundledSchedule;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The original listing the demo conference comes from ({@code ../shared/seed/}), read with the listing reader: it
 * must read cleanly and yield the very sessions of the bundled YAML, so that neither side can drift. Skipped where
 * {@code ../shared} is absent (failed instead under {@value SharedFiles#REQUIRE}, as on CI).
 */
class SeedListingTest {
    private static final String SEED = "seed/000_4e06e7ab4efe16f3.txt";

    private static LoadedSchedule readSeed() throws Exception {
        return new ListingReader().read(new SourceText(SEED, SharedFiles.bytes(SEED)),
                ReadOptions.withZone(ZoneId.of("America/Los_Angeles")));
    }

    @Test
    void readsTheSeedWithoutAWarning() throws Exception {
        LoadedSchedule seed = readSeed();
        assertThat(seed.warnings()).isEmpty();
        assertThat(seed.schedule().sessions()).hasSize(5);
        assertThat(seed.schedule().speakers()).extracting(Speaker::nameWithAffiliation).containsExactlyInAnyOrder(
                "Emily Shea (Fastly)", "Sean Allen (Wallaroo Labs)", "Manish Mehta (Netflix)",
                "Torin Sandall (Open Policy Agent Project)", "Christian Grabowski", "Kyle Kingsbury (Jepsen)",
                "Tyler McMullen (Fastly)");
    }

    @Test
    void yieldsTheSessionsOfTheBundledConference() throws Exception {
        Schedule listing = readSeed().schedule();
        Schedule bundled = BundledSchedule.load();
        assertThat(listing.sessions()).hasSameSizeAs(bundled.sessions());
        for (int i = 0; i < bundled.sessions().size(); i++) {
            Session expected = bundled.sessions().get(i);
            Session actual = listing.sessions().get(i);
            String at = "the session at " + expected.start();
            assertThat(actual.start()).as(at).isEqualTo(expected.start());
            assertThat(actual.end()).as(at).isEqualTo(expected.end());
            assertThat(listing.roomName(actual.room())).as(at).isEqualTo(bundled.roomName(expected.room()));
            assertThat(people(listing, actual)).as(at).isEqualTo(people(bundled, expected));
            assertThat(actual.level()).as(at).isEqualTo(expected.level());
            assertThat(actual.topics()).as(at).isEqualTo(expected.topics());
            assertThat(actual.rating()).as(at).isEqualTo(expected.rating());
            assertThat(actual.abstractText()).as(at).isEqualTo(expected.abstractText());
            assertThat(actual.abstractText()).as(at).doesNotContain("Read more");
        }
    }

    @Test
    void yieldsTheTrackAndItsHostAsTheBundledConference() throws Exception {
        Schedule listing = readSeed().schedule();
        Schedule bundled = BundledSchedule.load();
        Track track = listing.tracks().get(0);
        Track expected = bundled.tracks().get(0);
        assertThat(track.name()).isEqualTo(expected.name());
        assertThat(track.description()).isEqualTo(expected.description());
        Speaker host = listing.speaker(track.hosts().get(0)).orElseThrow();
        Speaker expectedHost = bundled.speaker(expected.hosts().get(0)).orElseThrow();
        assertThat(host.nameWithAffiliation()).isEqualTo(expectedHost.nameWithAffiliation());
        assertThat(host.bio()).isEqualTo(expectedHost.bio());
        assertThat(listing.conference().dates()).isEqualTo(bundled.conference().dates());
        assertThat(listing.conference().venue()).isEqualTo(bundled.conference().venue());
    }

    private static List<String> people(Schedule schedule, Session session) {
        return schedule.speakersOf(session).stream().map(Speaker::nameWithAffiliation).toList();
    }
}
