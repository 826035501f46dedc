package dev.emcee.sources.listing;

import dev.emcee.core.schedule.ConferenceDates;
import dev.emcee.core.schedule.SpeakerId;
import dev.emcee.core.schedule.TrackId;
import dev.emcee.sources.read.LoadedSchedule;
import dev.emcee.sources.read.ReadOptions;
import dev.emcee.sources.read.ScheduleAssembly;
import dev.emcee.sources.read.ScheduleLoadException;
import dev.emcee.sources.read.ScheduleReader;
import dev.emcee.sources.read.SourceText;
import dev.emcee.sources.read.ZoneChoice;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Reads the plain-text track listing of an O'Reilly conference page.
 *
 * <p>The header gives the conference's name, tagline, dated parts ("June 12–14, 2018: Tutorials &amp; Conference")
 * and place; then the track ("Distributed Systems sessions"), its description and "Track host" with
 * "Name (Company)" and a bio; then each session: an optional title line right above its time line
 * ("11:25am–12:05pm Thursday, June 14, 2018"), "Location: … Level: …", topics, the speakers line, the rating, and
 * the abstract up to "Read more.". The listing has no zone: it comes from {@code --zone} or the settings.
 */
public final class ListingReader implements ScheduleReader {

    @Override
    public LoadedSchedule read(SourceText source, ReadOptions options) throws ScheduleLoadException {
        List<String> lines = lines(source.utf8());
        ScheduleAssembly assembly = new ScheduleAssembly(source.name());
        List<Integer> times = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (ListingLines.TIME.matcher(lines.get(i)).matches()) {
                times.add(i);
            }
        }
        if (times.isEmpty()) {
            throw ScheduleLoadException.of(source.name(), 0, "", "no session time lines such as "
                    + "'11:25am–12:05pm Thursday, June 14, 2018' were found; is this an O'Reilly listing?");
        }
        ZoneId zone = ZoneChoice.resolve(Optional.empty(), times.get(0) + 1, "time", Optional.empty(), options,
                assembly);
        int firstStart = times.get(0) - (hasTitle(lines, times.get(0)) ? 1 : 0);
        ListingHeader header = ListingHeader.read(lines.subList(0, firstStart), assembly);
        Optional<TrackId> track = header.trackName().map(name -> {
            List<SpeakerId> hosts = header.hosts().stream().map(h -> assembly.speaker(null, h.name(),
                    Optional.of(h.affiliation()), h.bio()).orElseThrow()).toList();
            return assembly.track(name, header.trackDescription(), hosts);
        });
        for (int t = 0; t < times.size(); t++) {
            int timeLine = times.get(t);
            int end = t + 1 < times.size() ? times.get(t + 1) - (hasTitle(lines, times.get(t + 1)) ? 1 : 0)
                    : lines.size();
            Optional<String> title = hasTitle(lines, timeLine) ? Optional.of(lines.get(timeLine - 1))
                    : Optional.empty();
            ListingSession.read(lines, timeLine, end, title, track, zone, assembly);
        }
        List<ConferenceDates> dates = header.dates();
        return assembly.build(header.name().orElse(""), header.tagline(), zone, header.venue(), Optional.empty(),
                dates);
    }

    /** A title is the non-blank line right above a time line that is not itself part of the page's furniture. */
    private static boolean hasTitle(List<String> lines, int timeLine) {
        if (timeLine == 0) {
            return false;
        }
        String above = lines.get(timeLine - 1);
        return !above.isEmpty() && !ListingLines.FURNITURE.matcher(above).matches()
                && !ListingLines.READ_MORE.matcher(above).find() && !ListingLines.TIME.matcher(above).matches()
                && above.length() <= 200;
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            out.add(line.replace('\u00A0', ' ').strip());
        }
        return out;
    }

    /** A "Name (Company)" as the listing writes people. */
    record Person(String name, String affiliation, Optional<String> bio) {
    }

    /** The people of a line such as "Manish Mehta (Netflix), Torin Sandall (Open Policy Agent Project)". */
    static List<Person> people(String line) {
        List<Person> people = new ArrayList<>();
        if (!ListingLines.PEOPLE.matcher(line).matches()) {
            return people;
        }
        Matcher m = ListingLines.PERSON.matcher(line);
        while (m.find()) {
            people.add(new Person(m.group(1).strip(), m.group(2).strip(), Optional.empty()));
        }
        return people;
    }
}
