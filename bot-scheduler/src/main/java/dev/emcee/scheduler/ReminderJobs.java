package dev.emcee.scheduler;

import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.agenda.ReminderKey;
import dev.emcee.core.schedule.SessionId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.quartz.JobDataMap;
import org.quartz.JobKey;
import org.quartz.TriggerKey;

/**
 * Deterministic Quartz keys and job data for reminders. A name is a hash of the person followed by a hash of the
 * reminder, so every instance names a reminder alike and one person's reminders are found by the first part; the
 * names say nothing about who bookmarked what.
 */
final class ReminderJobs {
    static final String GROUP = "emcee-reminders";
    static final String RETRY_GROUP = "emcee-reminder-retries";

    private ReminderJobs() {
    }

    /** "3f9c…-8a1e…": the person's part, a dash, the reminder's part. */
    static String name(ReminderKey key) {
        return userPart(key.user()) + "-" + sha256(key.session().value() + "@" + key.start().getEpochSecond() + "/"
                + key.lead().getSeconds()).substring(0, 40);
    }

    /** The first part of the names of one person's reminders. */
    static String userPart(AgendaUser user) {
        return sha256(user.platformName() + ":" + user.userId()).substring(0, 24);
    }

    static JobKey jobKey(ReminderKey key) {
        return new JobKey(name(key), GROUP);
    }

    static TriggerKey triggerKey(ReminderKey key) {
        return new TriggerKey(name(key), GROUP);
    }

    static TriggerKey retryKey(ReminderKey key, Instant at) {
        return new TriggerKey(name(key) + "#" + at.toEpochMilli(), RETRY_GROUP);
    }

    static JobDataMap data(ReminderKey key) {
        JobDataMap data = new JobDataMap();
        data.put("platform", key.user().platformName());
        data.put("user", key.user().userId());
        data.put("session", key.session().value());
        data.put("start", Long.toString(key.start().getEpochSecond()));
        data.put("lead", Long.toString(key.lead().getSeconds()));
        return data;
    }

    /** The reminder of a job's data; null when the platform is not known to this version. */
    static ReminderKey key(JobDataMap data) {
        return JdbcAgendaStore.platform(data.getString("platform"))
                .map(p -> new ReminderKey(new AgendaUser(p, data.getString("user")),
                        new SessionId(data.getString("session")),
                        Instant.ofEpochSecond(Long.parseLong(data.getString("start"))),
                        Duration.ofSeconds(Long.parseLong(data.getString("lead")))))
                .orElse(null);
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
