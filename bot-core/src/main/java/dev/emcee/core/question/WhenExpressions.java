package dev.emcee.core.question;

import dev.emcee.core.question.TimeRef.AtClock;
import dev.emcee.core.question.TimeRef.During;
import dev.emcee.core.question.TimeRef.PartOfDay;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the day and time a question names ("at 2:30", "14:30", "2pm", "this afternoon", "after lunch", "tomorrow", "Thursday",
 * "June 14") and removes them from the text, so that "2:30" is never mistaken for room "230 A".
 */
final class WhenExpressions {
    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(" + MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(" + MONTHS + ")\\b");
    private static final Pattern SLASH_DATE = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,2})/(\\d{1,2})(?![\\p{L}\\p{N}/])");
    private static final Pattern NTH_DAY = Pattern.compile(
            "\\b(?:on )?(?:the )?(?:day (\\d)|(first|second|third|fourth|fifth|last|final) day)\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(today|tonight|tomorrow|tmrw|tmr)\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:on )?(mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday"
                    + "|sat|saturday|sun|sunday)\\b");
    private static final Pattern CLOCK = Pattern.compile(
            "\\b(?:at |around |by |from )?(\\d{1,2})(?::|\\.|h)(\\d{2})\\s*(am|pm|a\\.m\\.?|p\\.m\\.?)?(?![\\p{N}/])");
    private static final Pattern HOUR_MERIDIEM = Pattern.compile(
            "\\b(?:at |around |by |from )?(\\d{1,2})\\s*(am|pm|a\\.m\\.?|p\\.m\\.?)(?![\\p{L}])");
    private static final Pattern BARE_HOUR = Pattern.compile(
            "\\b(?:at|around|by) (\\d{1,2})(?:\\s*o'?clock)?(?![\\p{N}:./])(?! ?(?:st|nd|rd|th)\\b)");
    private static final Pattern NAMED_TIME = Pattern.compile("\\b(?:at )?(noon|midday|midnight)\\b");
    private static final Pattern PART_OF_DAY = Pattern.compile(
            "\\b(?:(?:this|in the|tomorrow|the) )?(morning|afternoon|evening|tonight)\\b"
                    + "|\\b(?:right )?(after lunch(?:time| break)?|post[- ]lunch)\\b");

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY));
    private static final Map<String, Integer> ORDINALS = Map.of(
            "first", 1, "second", 2, "third", 3, "fourth", 4, "fifth", 5, "last", -1, "final", -1);

    /** What was found, and the text that remains. */
    record Found(Optional<DayRef> day, Optional<TimeRef> time, String rest) {
    }

    private final int defaultYear;

    /** @param defaultYear the year for dates written without one (the conference's) */
    WhenExpressions(int defaultYear) {
        this.defaultYear = defaultYear;
    }

    Found find(String text) {
        StringBuilder rest = new StringBuilder(text);
        Optional<DayRef> day = findDay(rest);
        Optional<TimeRef> time = findTime(rest);
        if (day.isEmpty() && time.isPresent() && text.matches(".*\\btonight\\b.*")) {
            day = Optional.of(new DayRef.Today());
        }
        if (day.isEmpty() && text.matches(".*\\btomorrow (morning|afternoon|evening)\\b.*")) {
            day = Optional.of(new DayRef.Tomorrow());
        }
        return new Found(day, time, rest.toString().replaceAll("\\s+", " ").strip());
    }

    private Optional<DayRef> findDay(StringBuilder text) {
        Matcher m = ISO_DATE.matcher(text);
        if (m.find()) {
            Optional<DayRef> d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (d.isPresent()) {
                blank(text, m);
                return d;
            }
        }
        m = MONTH_DAY.matcher(text);
        if (m.find()) {
            Optional<DayRef> d = date(defaultYear, month(m.group(1)), Integer.parseInt(m.group(2)));
            blank(text, m);
            return d;
        }
        m = DAY_MONTH.matcher(text);
        if (m.find()) {
            Optional<DayRef> d = date(defaultYear, month(m.group(2)), Integer.parseInt(m.group(1)));
            blank(text, m);
            return d;
        }
        m = SLASH_DATE.matcher(text);
        if (m.find()) {
            Optional<DayRef> d = date(defaultYear, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (d.isPresent()) {
                blank(text, m);
                return d;
            }
        }
        m = NTH_DAY.matcher(text);
        if (m.find()) {
            int n = m.group(1) != null ? Integer.parseInt(m.group(1)) : ORDINALS.get(m.group(2));
            blank(text, m);
            return n == 0 ? Optional.empty() : Optional.of(new DayRef.NthDay(n));
        }
        m = RELATIVE_DAY.matcher(text);
        if (m.find()) {
            String word = m.group(1);
            if (!word.equals("tonight")) {
                blank(text, m);
            }
            boolean today = word.equals("today") || word.equals("tonight");
            return Optional.of(today ? new DayRef.Today() : new DayRef.Tomorrow());
        }
        m = WEEKDAY.matcher(text);
        if (m.find()) {
            DayOfWeek weekday = WEEKDAYS.get(m.group(1).substring(0, 3));
            blank(text, m);
            return Optional.of(new DayRef.OnWeekday(weekday));
        }
        return Optional.empty();
    }

    private Optional<TimeRef> findTime(StringBuilder text) {
        Matcher m = CLOCK.matcher(text);
        if (m.find()) {
            Optional<TimeRef> t = clock(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
            if (t.isPresent()) {
                blank(text, m);
                return t;
            }
        }
        m = HOUR_MERIDIEM.matcher(text);
        if (m.find()) {
            Optional<TimeRef> t = clock(Integer.parseInt(m.group(1)), 0, m.group(2));
            if (t.isPresent()) {
                blank(text, m);
                return t;
            }
        }
        m = NAMED_TIME.matcher(text);
        if (m.find()) {
            blank(text, m);
            LocalTime time = m.group(1).equals("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON;
            return Optional.of(new AtClock(time, Optional.empty()));
        }
        m = BARE_HOUR.matcher(text);
        if (m.find()) {
            Optional<TimeRef> t = clock(Integer.parseInt(m.group(1)), 0, null);
            if (t.isPresent()) {
                blank(text, m);
                return t;
            }
        }
        m = PART_OF_DAY.matcher(text);
        if (m.find()) {
            String word = m.group(1) != null ? m.group(1) : "after lunch";
            blank(text, m);
            PartOfDay part = switch (word) {
                case "after lunch" -> PartOfDay.AFTER_LUNCH;
                case "morning" -> PartOfDay.MORNING;
                case "afternoon" -> PartOfDay.AFTERNOON;
                default -> PartOfDay.EVENING;
            };
            return Optional.of(new During(part));
        }
        return Optional.empty();
    }

    /** Reads an hour and minute; without am/pm, an hour from 1 to 12 has two readings. */
    private static Optional<TimeRef> clock(int hour, int minute, String meridiem) {
        if (minute > 59 || hour > 24) {
            return Optional.empty();
        }
        if (hour == 24) {
            hour = 0;
        }
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                return hour == 0 || hour > 12 ? Optional.of(new AtClock(LocalTime.of(hour % 24, minute),
                        Optional.empty())) : Optional.empty();
            }
            boolean pm = meridiem.startsWith("p");
            int h = hour % 12 + (pm ? 12 : 0);
            return Optional.of(new AtClock(LocalTime.of(h, minute), Optional.empty()));
        }
        if (hour == 0 || hour > 12) {
            return Optional.of(new AtClock(LocalTime.of(hour, minute), Optional.empty()));
        }
        LocalTime read = LocalTime.of(hour == 12 ? 12 : hour, minute);
        LocalTime other = hour == 12 ? LocalTime.of(0, minute) : LocalTime.of(hour + 12, minute);
        // Conferences happen in the day: prefer afternoon for 1-7 and morning for 8-12 unless the schedule disagrees.
        boolean afternoonFirst = hour >= 1 && hour <= 7;
        return Optional.of(afternoonFirst ? new AtClock(other, Optional.of(read)) : new AtClock(read, Optional.of(other)));
    }

    private static Optional<DayRef> date(int year, int month, int day) {
        try {
            return Optional.of(new DayRef.OnDate(LocalDate.of(year, month, day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (name.startsWith(months[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static void blank(StringBuilder text, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) {
            text.setCharAt(i, ' ');
        }
    }
}
