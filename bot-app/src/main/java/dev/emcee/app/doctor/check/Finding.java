package dev.emcee.app.doctor.check;

import java.util.Objects;

/**
 * What one doctor check found.
 *
 * @param fix what to do about it; empty when nothing needs doing
 */
public record Finding(Status status, String subject, String message, String fix) {
    /** How bad it is: only FAIL makes {@code emcee doctor} exit with 1. */
    public enum Status { OK, WARN, FAIL }

    public Finding {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
    }

    public static Finding ok(String subject, String message) {
        return new Finding(Status.OK, subject, message, "");
    }

    public static Finding warn(String subject, String message, String fix) {
        return new Finding(Status.WARN, subject, message, fix);
    }

    public static Finding fail(String subject, String message, String fix) {
        return new Finding(Status.FAIL, subject, message, fix);
    }
}
