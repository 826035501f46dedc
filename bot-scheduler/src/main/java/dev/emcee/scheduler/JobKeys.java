package dev.emcee.scheduler;

import dev.emcee.core.announce.AnnouncementKey;
import dev.emcee.core.announce.Route;
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
 * Deterministic Quartz keys and job data for announcements: every instance names the same announcement the same
 * way, so scheduling it twice replaces instead of duplicating.
 */
final class JobKeys {
    static final String GROUP = "emcee-announcements";
    static final String RETRY_GROUP = "emcee-announcement-retries";
    private static final int MAX_NAME = 190;

    private JobKeys() {
    }

    /** "velocity-sj-2018-ds-1125@1528999500/300s/console:console", hashed when too long for Quartz's columns. */
    static JobKey jobKey(AnnouncementKey key) {
        return new JobKey(name(key), GROUP);
    }

    /** The trigger that fires the announcement at its planned moment. */
    static TriggerKey triggerKey(AnnouncementKey key) {
        return new TriggerKey(name(key), GROUP);
    }

    /** A trigger that retries the announcement after a failed post. */
    static TriggerKey retryKey(AnnouncementKey key, Instant at) {
        return new TriggerKey(name(key) + "#" + at.toEpochMilli(), RETRY_GROUP);
    }

    static String name(AnnouncementKey key) {
        String name = key.session().value() + "@" + key.start().getEpochSecond() + "/" + key.lead().getSeconds() + "s/"
                + key.route();
        if (name.length() <= MAX_NAME) {
            return name;
        }
        return name.substring(0, MAX_NAME - 65) + "~" + sha256(name);
    }

    static JobDataMap data(AnnouncementKey key) {
        JobDataMap data = new JobDataMap();
        data.put("session", key.session().value());
        data.put("start", Long.toString(key.start().getEpochSecond()));
        data.put("lead", Long.toString(key.lead().getSeconds()));
        data.put("platform", key.route().platform().key());
        data.put("channel", key.route().channel());
        return data;
    }

    static AnnouncementKey key(JobDataMap data) {
        return new AnnouncementKey(new SessionId(data.getString("session")),
                Instant.ofEpochSecond(Long.parseLong(data.getString("start"))),
                Duration.ofSeconds(Long.parseLong(data.getString("lead"))),
                new Route(JdbcAgendaStore.platform(data.getString("platform")).orElseThrow(), data.getString("channel")));
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
