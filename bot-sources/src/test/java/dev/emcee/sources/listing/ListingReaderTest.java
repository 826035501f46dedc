package dev.emcee.sources.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.emcee.core.schedule.Rating;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.core.schedule.Track;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.sources.ImportCases;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.ReadOptions;
import dev.emcee.sources.read.ScheduleLoadException;
import dev.emcee.sources.read.SourceText;
import dev.emcee.sources.testing.BundledSchedule;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The O'Reilly listing, read from the project's own fixture: the bundled conference's data in the variants of the
 * page's layout that the seed listing does not use (a conference name line, a title line, "Add to your personal
 * schedule", the host's bio on a line of its own, the level on its own line, the score on the stars' line, "Read
 * more." on its own line). {@link SeedListingTest} reads the seed listing itself.
 */
class ListingReaderTest {
    private static final ReadOptions LOS_ANGELES = ReadOptions.withZone(ZoneId.of("America/Los_Angeles"));

    private static Schedule fixture() throws ScheduleLoadException {
        return new ListingReader().read(ImportCases.fixture("/listing/" + ImportCases.LISTING), LOS_ANGELES)
                .schedule();
    }

    @Test
    void readsTheHeaderTrackAndHost() throws Exception {
        Schedule s = fixture();
        assertThat(s.conference().name()).isEqualTo("O'Reilly Velocity Conference San Jose 2018");
        assertThat(s.conference().tagline()).contains("Build Systems that Drive Business");
        assertThat(s.conference().venue()).contains("San Jose, CA");
        assertThat(s.conference().dates()).hasSize(2);
        assertThat(s.conference().dates().get(1).label()).isEqualTo("Tutorials & Conference");
        assertThat(s.conference().dates().get(1).to()).isEqualTo(LocalDate.of(2018, 6, 14));
        Track track = s.tracks().get(0);
        assertThat(track.name()).isEqualTo("Distributed Systems");
        assertThat(track.description().orElseThrow()).startsWith("Failure is inevitable").endsWith("from failure.");
        Speaker host = s.speaker(track.hosts().get(0)).orElseThrow();
        assertThat(host.nameWithAffiliation()).isEqualTo("Emily Shea (Fastly)");
        assertThat(host.bio().orElseThrow()).endsWith("named Chicken.");
    }

    @Test
    void readsEverySessionLikeTheBundledYaml() throws Exception {
        Schedule listing = fixture();
        Schedule bundled = BundledSchedule.load();
        assertThat(listing.sessions()).hasSameSizeAs(bundled.sessions());
        for (int i = 0; i < bundled.sessions().size(); i++) {
            Session expected = bundled.sessions().get(i);
            Session actual = listing.sessions().get(i);
            assertThat(actual.start()).isEqualTo(expected.start());
            assertThat(actual.end()).isEqualTo(expected.end());
            assertThat(actual.title()).isEqualTo(expected.title());
            assertThat(actual.level()).isEqualTo(expected.level());
            assertThat(actual.rating()).isEqualTo(expected.rating());
            assertThat(actual.topics()).isEqualTo(expected.topics());
            assertThat(listing.roomName(actual.room())).isEqualTo(bundled.roomName(expected.room()));
            assertThat(actual.abstractText()).isEqualTo(expected.abstractText());
            assertThat(listing.speakersOf(actual)).extracting(Speaker::nameWithAffiliation)
                    .isEqualTo(bundled.speakersOf(expected).stream().map(Speaker::nameWithAffiliation).toList());
        }
        Session netflix = listing.sessions().get(1);
        assertThat(netflix.rating()).contains(new Rating(4.33, 6));
        assertThat(netflix.topics()).containsExactly("Resilient, Performant & Secure Distributed Systems");
    }

    @Test
    void readsTheFixtureWithoutAWarning() throws Exception {
        assertThat(new ListingReader().read(ImportCases.fixture("/listing/" + ImportCases.LISTING), LOS_ANGELES)
                .warnings()).isEmpty();
    }

    @Test
    void findsThePresentersAnAbstractNamesOnlyWhereTheSessionHasNoSpeakerLine() {
        assertThat(ListingSession.presentersNamedIn("Performance debugging is crucial. However, bottlenecks are "
                + "hard to find. Christian Grabowski shares his experience.")).containsExactly("Christian Grabowski");
        assertThat(ListingSession.presentersNamedIn("Manish Mehta and Torin Sandall lead a deep dive."))
                .containsExactly("Manish Mehta", "Torin Sandall");
        assertThat(ListingSession.presentersNamedIn("Ann Lee, Bo Chan and Cy Diaz explore caching."))
                .containsExactly("Ann Lee", "Bo Chan", "Cy Diaz");
        assertThat(ListingSession.presentersNamedIn("The Netflix Team shows how. In 2007, Pat Helland published."))
                .isEmpty();
    }

    @Test
    void readsAHostRunIntoTheBio() throws Exception {
        String text = """
                Conf
                Some track sessions
                Track host

                Ann Example (Acme)Ann Example (Acme) is an engineer at Acme.

                10:00am–10:40am Thursday, June 14, 2018
                Location: Hall
                """;
        LoadedSchedule loaded = new ListingReader().read(SourceText.of("x.txt", text), LOS_ANGELES);
        assertThat(loaded.warnings()).isEmpty();
        Speaker host = loaded.schedule().speaker(loaded.schedule().tracks().get(0).hosts().get(0)).orElseThrow();
        assertThat(host.nameWithAffiliation()).isEqualTo("Ann Example (Acme)");
        assertThat(host.bio()).contains("Ann Example (Acme) is an engineer at Acme.");
    }

    @Test
    void needsAZone() {
        assertThatThrownBy(() -> new ListingReader().read(ImportCases.fixture("/listing/" + ImportCases.LISTING),
                ReadOptions.none())).hasMessageContaining("--zone");
    }

    @Test
    void locatesBadTimesAndWarnsOnWrongWeekdays() throws Exception {
        String text = """
                Conf
                Some track sessions
                Track host
                Ann Example (Acme)

                10:00am–10:40am Friday, June 14, 2018
                Location: Hall
                Bob Example (Beta)
                Average rating: ***
                (3.00, 2 ratings)
                An abstract. Read more.

                11:00am–10:40am Thursday, June 14, 2018
                Location: Hall
                """;
        assertThatThrownBy(() -> new ListingReader().read(SourceText.of("x.txt", text), LOS_ANGELES))
                .isInstanceOf(ScheduleLoadException.class)
                .satisfies(e -> assertThat(((ScheduleLoadException) e).problems()).anyMatch(p -> p.isError()
                        && p.line() == 13 && p.message().contains("before it starts")));
        LoadedSchedule ok = new ListingReader().read(SourceText.of("x.txt", text.substring(0,
                text.indexOf("11:00am"))), LOS_ANGELES);
        assertThat(ok.warnings()).anyMatch(p -> p.line() == 6 && p.message().contains("is a Thursday"));
        assertThat(ok.schedule().sessions().get(0).rating()).contains(new Rating(3.0, 2));
    }
}
