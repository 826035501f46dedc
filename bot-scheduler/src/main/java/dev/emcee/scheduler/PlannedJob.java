package dev.emcee.scheduler;

import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.agenda.ReminderKey;
import dev.emcee.core.announce.AnnouncementKey;
import dev.emcee.core.announce.Route;
import dev.emcee.core.platform.Platform;
import dev.emcee.core.schedule.SessionId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * One job the pipeline plans and runs once at its moment. Its name is deterministic, so every instance names the
 * same job the same way and scheduling it twice replaces instead of duplicating; its data (strings) is what the
 * timetable stores to rebuild it. Names and data are stored in existing databases: keep their format.
 */
sealed interface PlannedJob {
    JobKind kind();

    /** Unique within the kind. */
    String name();

    /** The planned moment, on Emcee's clock. */
    Instant fireAt();

    /** What the ledger claims for it. */
    ClaimKey claim();

    /** Who receives it: its platform says which instances can deliver it, and whose timetable it waits in. */
    Recipient recipient();

    Map<String, String> data();

    /** The job of stored data; empty when it names a platform this version does not know. */
    static Optional<PlannedJob> of(JobKind kind, Map<String, String> data) {
        if (kind == JobKind.EVENTS) {
            return Platform.fromKey(data.get("platform")).map(p -> new EventsSync(new Recipient.EventsList(p,
                    data.get("place")), Instant.ofEpochSecond(Long.parseLong(data.get("at")))));
        }
        SessionId session = new SessionId(data.get("session"));
        Instant start = Instant.ofEpochSecond(Long.parseLong(data.get("start")));
        Duration lead = Duration.ofSeconds(Long.parseLong(data.get("lead")));
        return switch (kind) {
            case ANNOUNCEMENT -> Platform.fromKey(data.get("platform")).map(p -> new Announcement(
                    new AnnouncementKey(session, start, lead, new Route(p, data.get("channel")))));
            case REMINDER -> JdbcAgendaStore.platform(data.get("platform")).map(p -> new Reminder(
                    new ReminderKey(new AgendaUser(p, data.get("user")), session, start, lead)));
            case SPEAKER_REMINDER -> JdbcAgendaStore.platform(data.get("platform")).map(p -> new SpeakerReminder(
                    new ReminderKey(new AgendaUser(p, data.get("user")), session, start, lead)));
            case EVENTS -> Optional.empty();
        };
    }

    /** An announcement to a channel. */
    record Announcement(AnnouncementKey key) implements PlannedJob {
        private static final int MAX_NAME = 190;

        @Override
        public JobKind kind() {
            return JobKind.ANNOUNCEMENT;
        }

        /** "velocity-sj-2018-ds-1125@1528999500/300s/console:console", hashed when too long for Quartz's columns. */
        @Override
        public String name() {
            String name = key.session().value() + "@" + key.start().getEpochSecond() + "/" + key.lead().getSeconds()
                    + "s/" + key.route();
            return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 65) + "~" + sha256(name);
        }

        @Override
        public Instant fireAt() {
            return key.fireAt();
        }

        @Override
        public ClaimKey claim() {
            return claimOf(key);
        }

        @Override
        public Recipient recipient() {
            return new Recipient.Channel(key.route());
        }

        static ClaimKey claimOf(AnnouncementKey key) {
            return new ClaimKey(JobKind.ANNOUNCEMENT, key.route().platform().key(), key.route().channel(), key.session(),
                    key.start(), key.lead());
        }

        @Override
        public Map<String, String> data() {
            return Map.of("session", key.session().value(), "start", Long.toString(key.start().getEpochSecond()),
                    "lead", Long.toString(key.lead().getSeconds()), "platform", key.route().platform().key(),
                    "channel", key.route().channel());
        }
    }

    /** A direct message to a person about a session, a lead before it: its moment, recipient, claim and data. */
    sealed interface Personal extends PlannedJob permits Reminder, SpeakerReminder {
        ReminderKey key();

        @Override
        default Instant fireAt() {
            return key().fireAt();
        }

        @Override
        default Recipient recipient() {
            return new Recipient.Person(key().user());
        }

        @Override
        default ClaimKey claim() {
            return new ClaimKey(kind(), key().user().platformName(), key().user().userId(), key().session(),
                    key().start(), key().lead());
        }

        @Override
        default Map<String, String> data() {
            return Map.of("platform", key().user().platformName(), "user", key().user().userId(),
                    "session", key().session().value(), "start", Long.toString(key().start().getEpochSecond()),
                    "lead", Long.toString(key().lead().getSeconds()));
        }
    }

    /**
     * A reminder to a person. The name is a hash of the person, a dash and a hash of the reminder: one person's
     * jobs are found by the first part, and the names say nothing about who bookmarked what.
     */
    record Reminder(ReminderKey key) implements Personal {
        @Override
        public JobKind kind() {
            return JobKind.REMINDER;
        }

        @Override
        public String name() {
            return prefixOf(key.user()) + sha256(key.session().value() + "@" + key.start().getEpochSecond() + "/"
                    + key.lead().getSeconds()).substring(0, 40);
        }

        /** The start of the names of one person's reminders. */
        static String prefixOf(AgendaUser user) {
            return sha256(user.platformName() + ":" + user.userId()).substring(0, 24) + "-";
        }
    }

    /** A speaker's reminder of their own session; named and stored as a personal reminder, in its own kind. */
    record SpeakerReminder(ReminderKey key) implements Personal {
        @Override
        public JobKind kind() {
            return JobKind.SPEAKER_REMINDER;
        }

        @Override
        public String name() {
            return new Reminder(key).name();
        }
    }

    /**
     * A look at one events list, from {@code fireAt} on: a standing job, named by the list, so every instance plans
     * the same one and it never runs twice at once.
     */
    record EventsSync(Recipient.EventsList list, Instant fireAt) implements PlannedJob {
        @Override
        public JobKind kind() {
            return JobKind.EVENTS;
        }

        /** "discord:discord guild 123". */
        @Override
        public String name() {
            return list.platform().key() + ":" + list.place();
        }

        /** The claim of one session's event in this list: who made it, once. */
        ClaimKey claimOf(SessionId session) {
            return new ClaimKey(JobKind.EVENTS, list.platform().key(), list.place(), session, Instant.EPOCH,
                    Duration.ZERO);
        }

        /** The list's own key; the sync claims the events it creates ({@link #claimOf}), not itself. */
        @Override
        public ClaimKey claim() {
            return claimOf(new SessionId("*"));
        }

        @Override
        public Recipient recipient() {
            return list;
        }

        @Override
        public Map<String, String> data() {
            return Map.of("platform", list.platform().key(), "place", list.place(), "at",
                    Long.toString(fireAt.getEpochSecond()));
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
