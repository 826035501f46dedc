package dev.emcee.bench.generate;

import dev.emcee.core.schedule.Conference;
import dev.emcee.core.schedule.ConferenceDates;
import dev.emcee.core.schedule.Rating;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.RoomId;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Session;
import dev.emcee.core.schedule.SessionId;
import dev.emcee.core.schedule.SessionKind;
import dev.emcee.core.schedule.Speaker;
import dev.emcee.core.schedule.SpeakerId;
import dev.emcee.core.schedule.Track;
import dev.emcee.core.schedule.TrackId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Generates a large, believable conference: people with real-looking names and companies, rooms, tracks, levels,
 * topics, titles and abstracts. The same seed always gives the same conference.
 */
public final class ConferenceGenerator {
    /** The conference the targets are stated for: 10,000 sessions, 200 rooms, 5,000 speakers over 5 days. */
    public static final Shape TEN_THOUSAND = new Shape(10_000, 200, 5_000, 5);
    /** The seed of every published run. */
    public static final long SEED = 20_260_914L;

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 14);
    private static final LocalTime DAY_START = LocalTime.of(9, 0);
    private static final Duration SLOT = Duration.ofMinutes(45);
    private static final Duration GAP = Duration.ofMinutes(10);
    private static final List<String> TRACKS = List.of(
            "Reliability", "Data Engineering", "Security", "Programming Languages", "Cloud Infrastructure",
            "Frontend", "Machine Learning", "Developer Experience", "Databases", "Networking", "Leadership",
            "Open Source", "Performance", "Architecture", "Testing", "Mobile", "Embedded and Hardware",
            "Science and Research", "Sustainability", "Community");
    private static final List<String> LEVELS = List.of("Beginner", "Intermediate", "Advanced");
    private static final List<String> SALONS = List.of("Amsterdam", "Berlin", "Copenhagen", "Dublin", "Edinburgh",
            "Florence", "Geneva", "Helsinki", "Istanbul", "Krakow", "Lisbon", "Madrid", "Nairobi", "Oslo", "Prague",
            "Quebec", "Reykjavik", "Seoul", "Tallinn", "Utrecht");

    /**
     * How big a conference to make. Sessions are spread evenly over rooms and days.
     *
     * @param sessions how many sessions; at most {@code rooms * days * slots per day (10)}
     */
    public record Shape(int sessions, int rooms, int speakers, int days) {
        public Shape {
            if (sessions < 1 || rooms < 1 || speakers < 1 || days < 1) {
                throw new IllegalArgumentException("a conference needs sessions, rooms, speakers and days");
            }
            if (sessions > rooms * days * 10) {
                throw new IllegalArgumentException("at most 10 sessions fit in a room on a day");
            }
        }
    }

    private final WordLists words = WordLists.bundled();

    /** The conference of {@code shape} for {@code seed}. */
    public Schedule generate(Shape shape, long seed) {
        Random random = new Random(seed);
        ProseWriter prose = new ProseWriter(random, words.topics());
        List<Speaker> speakers = speakers(shape.speakers(), random, prose);
        List<Room> rooms = rooms(shape.rooms());
        List<Track> tracks = tracks(speakers, random);
        List<Session> sessions = sessions(shape, rooms, tracks, speakers, random, prose);
        Conference conference = new Conference("Open Systems Summit 2026", Optional.of("Generated for benchmarks"),
                Optional.of("RAI Amsterdam"), ZONE,
                List.of(new ConferenceDates("Conference", FIRST_DAY, FIRST_DAY.plusDays(shape.days() - 1))),
                Optional.of("https://summit.example.org"));
        return new Schedule(conference, rooms, tracks, speakers, sessions);
    }

    private List<Speaker> speakers(int count, Random random, ProseWriter prose) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            String first = prose.pick(words.firstNames());
            String last = prose.pick(words.lastNames());
            String middle = random.nextInt(12) == 0 ? " " + (char) ('A' + random.nextInt(26)) + "." : "";
            names.add(first + middle + " " + last);
        }
        List<Speaker> out = new ArrayList<>(count);
        int n = 0;
        for (String name : names) {
            Optional<String> company = random.nextInt(10) == 0 ? Optional.empty()
                    : Optional.of(prose.pick(words.companies()));
            Optional<String> bio = random.nextInt(5) == 0 ? Optional.empty()
                    : Optional.of(prose.bio(name, company.orElse("an independent practice")));
            out.add(new Speaker(new SpeakerId(String.format("sp%05d", ++n)), name, company, bio));
        }
        return out;
    }

    private static List<Room> rooms(int count) {
        List<String> names = new ArrayList<>();
        for (char hall = 'A'; hall <= 'H'; hall++) {
            names.add("Hall " + hall);
        }
        for (int i = 1; i <= 12; i++) {
            names.add("Auditorium " + i);
        }
        SALONS.forEach(city -> names.add("Salon " + city));
        for (int i = 1; i <= 10; i++) {
            names.add("Workshop Room " + i);
        }
        for (int floor = 1; names.size() < count; floor++) {
            for (int number = 1; number <= 30 && names.size() < count; number++) {
                names.add(String.format("Room %d%02d", floor, number));
            }
        }
        List<Room> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new Room(new RoomId(String.format("r%03d", i + 1)), names.get(i)));
        }
        return out;
    }

    private static List<Track> tracks(List<Speaker> speakers, Random random) {
        List<Track> out = new ArrayList<>();
        for (int i = 0; i < TRACKS.size(); i++) {
            List<SpeakerId> hosts = new ArrayList<>();
            hosts.add(speakers.get(random.nextInt(speakers.size())).id());
            if (random.nextBoolean()) {
                SpeakerId second = speakers.get(random.nextInt(speakers.size())).id();
                if (!hosts.contains(second)) {
                    hosts.add(second);
                }
            }
            out.add(new Track(new TrackId(String.format("t%02d", i + 1)), TRACKS.get(i),
                    Optional.of("Talks about " + TRACKS.get(i).toLowerCase(java.util.Locale.ROOT) + "."), hosts));
        }
        return out;
    }

    private static List<Session> sessions(Shape shape, List<Room> rooms, List<Track> tracks, List<Speaker> speakers,
            Random random, ProseWriter prose) {
        List<Speaker> order = new ArrayList<>(speakers);
        java.util.Collections.shuffle(order, random);
        List<Session> out = new ArrayList<>(shape.sessions());
        int perRoomDay = (int) Math.ceil((double) shape.sessions() / (shape.rooms() * shape.days()));
        for (int day = 0; day < shape.days(); day++) {
            for (int slot = 0; slot < perRoomDay; slot++) {
                for (int r = 0; r < rooms.size() && out.size() < shape.sessions(); r++) {
                    Room room = rooms.get(r);
                    var start = FIRST_DAY.plusDays(day).atTime(DAY_START).plus(SLOT.plus(GAP).multipliedBy(slot))
                            .atZone(ZONE).toInstant();
                    Track track = random.nextInt(4) == 0 ? prose.pick(tracks) : tracks.get(r % tracks.size());
                    String main = prose.topic();
                    List<String> topics = new ArrayList<>(List.of(main));
                    if (random.nextBoolean()) {
                        String other = prose.topic();
                        if (!other.equals(main)) {
                            topics.add(other);
                        }
                    }
                    List<SpeakerId> people = speakersFor(out.size(), order, random);
                    Optional<Rating> rating = random.nextInt(5) < 3 ? Optional.of(new Rating(
                            Math.round((3 + 2 * random.nextDouble()) * 100) / 100.0, 5 + random.nextInt(200)))
                            : Optional.empty();
                    out.add(new Session(new SessionId(String.format("s%05d", out.size() + 1)),
                            Optional.of(prose.title(main)), prose.abstractAbout(main), start, start.plus(SLOT),
                            room.id(), people, Optional.of(track.id()),
                            random.nextInt(10) == 0 ? Optional.empty() : Optional.of(prose.pick(LEVELS)), topics,
                            rating, Optional.of("https://summit.example.org/s/" + (out.size() + 1)),
                            kind(room, slot, random)));
                }
            }
        }
        return out;
    }

    /** Every speaker speaks at least once; some sessions have two or three people. */
    private static List<SpeakerId> speakersFor(int index, List<Speaker> order, Random random) {
        List<SpeakerId> people = new ArrayList<>();
        people.add(order.get(index % order.size()).id());
        int extra = random.nextInt(20) == 0 ? 2 : random.nextInt(4) == 0 ? 1 : 0;
        while (people.size() < 1 + extra) {
            SpeakerId id = order.get(random.nextInt(order.size())).id();
            if (!people.contains(id)) {
                people.add(id);
            }
        }
        return people;
    }

    private static SessionKind kind(Room room, int slot, Random random) {
        if (room.name().startsWith("Hall") && slot == 0) {
            return SessionKind.KEYNOTE;
        }
        if (room.name().startsWith("Workshop")) {
            return SessionKind.WORKSHOP;
        }
        int roll = random.nextInt(20);
        return roll == 0 ? SessionKind.PANEL : roll == 1 ? SessionKind.LIGHTNING : SessionKind.TALK;
    }
}
