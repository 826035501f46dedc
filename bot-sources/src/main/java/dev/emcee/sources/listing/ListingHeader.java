package dev.emcee.sources.listing;

import dev.emcee.core.schedule.ConferenceDates;
import dev.emcee.sources.read.ScheduleAssembly;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The part of a listing above its first session: conference name, tagline, dated parts, place, the track with its
 * description, and the track hosts with their bios.
 */
record ListingHeader(Optional<String> name, Optional<String> tagline, List<ConferenceDates> dates,
        Optional<String> venue, Optional<String> trackName, Optional<String> trackDescription,
        List<ListingReader.Person> hosts) {

    static ListingHeader read(List<String> lines, ScheduleAssembly assembly) {
        List<String> before = new ArrayList<>();
        List<ConferenceDates> dates = new ArrayList<>();
        List<String> after = new ArrayList<>();
        Optional<String> track = Optional.empty();
        List<String> description = new ArrayList<>();
        List<ListingReader.Person> hosts = new ArrayList<>();
        int i = 0;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher dated = ListingLines.DATES.matcher(line);
            Matcher trackLine = ListingLines.TRACK.matcher(line);
            if (trackLine.matches()) {
                track = Optional.of(trackLine.group(1).strip());
                i++;
                break;
            } else if (dated.matches()) {
                date(dated, i + 1, assembly).ifPresent(dates::add);
            } else if (!line.isEmpty() && !ListingLines.FURNITURE.matcher(line).matches()) {
                (dates.isEmpty() ? before : after).add(line);
            }
        }
        for (; i < lines.size() && !ListingLines.HOSTS.matcher(lines.get(i)).matches(); i++) {
            description.add(lines.get(i));
        }
        for (i++; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!ListingLines.FURNITURE.matcher(line).matches()) {
                host(line, i + 1, i > 0 && lines.get(i - 1).isEmpty(), hosts, assembly);
            }
        }
        return new ListingHeader(before.stream().findFirst(), before.stream().skip(1).findFirst(), dates,
                after.stream().findFirst(), track, paragraphs(description), hosts);
    }

    /**
     * One line under "Track host": people ("Name (Company)", several joined by ", "), a person run straight into
     * their bio ("Emily Shea (Fastly)Emily Shea (Fastly) is..."), a bio that opens with a new person's name, or
     * more of the last host's bio.
     */
    private static void host(String line, int lineNumber, boolean afterBlank, List<ListingReader.Person> hosts,
            ScheduleAssembly assembly) {
        if (line.isEmpty()) {
            return;
        }
        List<ListingReader.Person> people = ListingReader.people(line);
        Matcher runIn = ListingLines.PERSON_THEN_BIO.matcher(line);
        Matcher opening = ListingLines.PERSON_OPENING_BIO.matcher(line);
        Optional<ListingReader.Person> last = hosts.isEmpty() ? Optional.empty()
                : Optional.of(hosts.get(hosts.size() - 1));
        if (!people.isEmpty()) {
            hosts.addAll(people);
        } else if (runIn.matches()) {
            hosts.add(new ListingReader.Person(runIn.group(1).strip(), runIn.group(2).strip(),
                    Optional.of(runIn.group(3).strip())));
        } else if (opening.matches() && last.map(p -> p.bio().isPresent()
                && !p.name().equals(opening.group(1).strip())).orElse(true)) {
            hosts.add(new ListingReader.Person(opening.group(1).strip(), opening.group(2).strip(), Optional.of(line)));
        } else if (last.isPresent()) {
            ListingReader.Person host = hosts.remove(hosts.size() - 1);
            String separator = afterBlank ? "\n\n" : " ";
            hosts.add(new ListingReader.Person(host.name(), host.affiliation(),
                    Optional.of(host.bio().map(b -> b + separator).orElse("") + line)));
        } else {
            assembly.warning(lineNumber, "track host", "not understood (expected 'Name (Company)'); ignored");
        }
    }

    private static Optional<ConferenceDates> date(Matcher m, int line, ScheduleAssembly assembly) {
        try {
            Month from = month(m.group(1));
            Month to = m.group(3) == null ? from : month(m.group(3));
            int year = Integer.parseInt(m.group(5));
            int firstDay = Integer.parseInt(m.group(2));
            int lastDay = m.group(4) == null ? firstDay : Integer.parseInt(m.group(4));
            LocalDate start = LocalDate.of(year, from, firstDay);
            LocalDate end = LocalDate.of(year, to, lastDay);
            if (end.isBefore(start)) {
                assembly.warning(line, "dates", "the dates end before they start; ignored");
                return Optional.empty();
            }
            return Optional.of(new ConferenceDates(m.group(6).strip(), start, end));
        } catch (DateTimeException | IllegalArgumentException e) {
            assembly.warning(line, "dates", "not a date range like 'June 12–14, 2018: Conference'; ignored");
            return Optional.empty();
        }
    }

    static Month month(String name) {
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.US);
            if (full.equalsIgnoreCase(name) || full.substring(0, 3).equalsIgnoreCase(name)) {
                return month;
            }
        }
        throw new IllegalArgumentException("unknown month " + name);
    }

    private static Optional<String> paragraphs(List<String> lines) {
        String text = String.join("\n", lines).strip().replaceAll("(?<!\n)\n(?!\n)", " ");
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
