package dev.emcee.app;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks option values while the command line is read, so that a bad one is a usage error (exit code 2, with the
 * option named by picocli) before anything starts, as the README documents.
 */
public final class OptionValues {
    private OptionValues() {
    }

    /** A time such as 2018-06-14T11:00 (conference time) or 2018-06-14T11:00-07:00; kept as text for later. */
    public static final class Time implements ITypeConverter<String> {
        @Override
        public String convert(String text) {
            if (!isTime(text)) {
                throw new TypeConversionException("'" + text + "' is not an ISO-8601 time; write for example "
                        + "2018-06-14T11:00 (conference time) or 2018-06-14T11:00-07:00");
            }
            return text;
        }

        private static boolean isTime(String text) {
            List<Consumer<String>> forms = List.of(OffsetDateTime::parse, ZonedDateTime::parse, LocalDateTime::parse);
            for (Consumer<String> form : forms) {
                try {
                    form.accept(text);
                    return true;
                } catch (DateTimeParseException e) {
                    // try the next form
                }
            }
            return false;
        }
    }

    /** How many times faster a simulated clock runs: a positive, finite number. */
    public static final class Speed implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double speed;
            try {
                speed = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                speed = Double.NaN;
            }
            if (!(speed > 0) || Double.isInfinite(speed)) {
                throw new TypeConversionException("'" + text + "' is not a positive number; write for example "
                        + "--speed 60 (a simulated minute each second)");
            }
            return speed;
        }
    }

    /** A time zone by region name. */
    public static final class Zone implements ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String text) {
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                throw new TypeConversionException("'" + text + "' is not a time zone; use a region name such as "
                        + "America/Los_Angeles");
            }
        }
    }
}
