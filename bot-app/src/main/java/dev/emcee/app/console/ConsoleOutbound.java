package dev.emcee.app.console;

import dev.emcee.core.announce.PostingPolicy;
import dev.emcee.core.answer.PersonRef;
import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.answer.TimeTexts;
import dev.emcee.core.connection.PlatformConnection;
import dev.emcee.core.notice.Broadcast;
import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.NoticeVisitor;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.notice.SessionReminder;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.platform.Platform;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Prints notices on the console, one line per session or change, each starting with {@value #PREFIX}.
 *
 * <p>The format is a public contract (scripts read it), fields separated by {@code " | "}:
 * <pre>
 * [announcement] 2018-06-14 11:20 PDT | starting in 5 minutes | LABEL | SPEAKERS | ROOM | 11:25am–12:05pm | URL
 * [announcement] 2018-06-14 11:32 PDT | moved | LABEL | now 3pm–3:40pm in LL20 D | was 11:25am–12:05pm in LL21 A/B
 * [announcement] 2018-06-14 11:32 PDT | cancelled | LABEL | was 1:15pm–1:55pm in LL21 A/B
 * [announcement] 2018-06-14 11:32 PDT | added | LABEL | 4pm–4:40pm in LL21 A/B
 * [announcement] 2018-06-14 12:00 PDT | broadcast | TEXT
 * [announcement] 2018-06-14 08:30 PDT | broadcast | Today at CONFERENCE, DAY (N sessions) | SESSION; SESSION; ...
 * </pre>
 * The first field is the moment of posting in the conference's zone; a missing speaker list or link is "-". Text
 * from the schedule is kept on one line and never contains the separator.
 *
 * <p>The local user's direct messages are printed the same way with the prefix {@value #REMINDER_PREFIX}: a
 * reminder like an announcement, a change to a bookmarked session like a change. Messages for anyone else are
 * refused: the console has one person.
 */
public final class ConsoleOutbound implements PlatformConnection {
    /** What every line starts with. */
    public static final String PREFIX = "[announcement]";
    /** What the local user's direct messages (reminders) start with. */
    public static final String REMINDER_PREFIX = "[reminder]";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.US);

    private final PrintStream out;
    private final Clock clock;
    private final String prompt;
    private final AtomicBoolean open = new AtomicBoolean(true);

    /** @param clock for the posting time of schedule-change lines (announcements carry their own) */
    public ConsoleOutbound(PrintStream out, Clock clock) {
        this(out, clock, null);
    }

    /**
     * @param prompt the interactive console's prompt, or null: when set, lines start on a fresh line after it and
     *     the prompt is shown again after them
     */
    private ConsoleOutbound(PrintStream out, Clock clock, String prompt) {
        this.out = Objects.requireNonNull(out, "out");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.prompt = prompt;
    }

    /** The same port for an interactive console showing {@code prompt}: lines never start after the prompt. */
    public ConsoleOutbound afterPrompt(String prompt) {
        return new ConsoleOutbound(out, clock, prompt);
    }

    @Override
    public Platform platform() {
        return Platform.CONSOLE;
    }

    /**
     * Prints the notice as {@value #PREFIX} lines; the console has one stream, so the channel is ignored, and
     * printing cannot be half done, so the key is not needed.
     */
    @Override
    public CompletableFuture<Void> post(String channelId, Notice notice, DeliveryKey key) {
        return print(notice, PREFIX);
    }

    /** Prints the notice as {@value #REMINDER_PREFIX} lines, for the console's one user ({@link ConsoleChat}'s). */
    @Override
    public CompletableFuture<Void> send(String userId, Notice notice, DeliveryKey key) {
        if (!ConsoleChat.LOCAL_USER.equals(userId)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "the console has only its local user"));
        }
        return print(notice, REMINDER_PREFIX);
    }

    /** The console is there until closed. */
    @Override
    public boolean isConnected() {
        return open.get();
    }

    @Override
    public String description() {
        return "the console (" + PREFIX + " and " + REMINDER_PREFIX + " lines)";
    }

    /** Nothing to disconnect: the streams belong to the process. */
    @Override
    public void close() {
        open.set(false);
    }

    private CompletableFuture<Void> print(Notice notice, String prefix) {
        if (!open.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the console is closed"));
        }
        List<String> lines = lines(notice, prefix);
        synchronized (out) {
            if (prompt != null) {
                out.println();
            }
            lines.forEach(out::println);
            if (prompt != null) {
                out.print(prompt);
            }
            out.flush();
        }
        return CompletableFuture.completedFuture(null);
    }

    /** The lines of a notice, as {@link #post} prints them. */
    public List<String> lines(Notice notice) {
        return lines(notice, PREFIX);
    }

    private List<String> lines(Notice notice, String prefix) {
        return notice.accept(new Lines(clock.instant())).stream().map(line -> prefix + line).toList();
    }

    /** The lines without their prefix: " 2018-06-14 11:20 PDT | …". */
    private static final class Lines implements NoticeVisitor<List<String>> {
        private final Instant now;

        Lines(Instant now) {
            this.now = now;
        }

        @Override
        public List<String> broadcast(Broadcast notice) {
            String text = clean(String.join("; ", notice.text().split("\\R")));
            return List.of(notice.heading().equals(Broadcast.HEADING)
                    ? line(notice.postedAt(), notice.zone(), "broadcast", text)
                    : line(notice.postedAt(), notice.zone(), "broadcast", clean(notice.heading()), text));
        }

        @Override
        public List<String> sessionReminder(SessionReminder notice) {
            return sessionsStarting(new SessionsStarting(List.of(notice.session()), notice.postedAt()));
        }

        @Override
        public List<String> sessionsStarting(SessionsStarting notice) {
            List<String> lines = new ArrayList<>();
            for (SessionCard card : notice.sessions()) {
                lines.add(line(notice.postedAt(), card.zone(), PostingPolicy.wording(card.start(), notice.postedAt()),
                        clean(card.label()), speakers(card.speakers()), clean(card.room()),
                        TimeTexts.range(card.start(), card.end(), card.zone()), card.url().map(ConsoleOutbound::clean).orElse("-")));
            }
            return lines;
        }

        @Override
        public List<String> scheduleChanged(ScheduleChanged notice) {
            List<String> lines = new ArrayList<>();
            for (ScheduleChanged.Change change : notice.changes()) {
                SessionCard before = change.before();
                String label = clean(before.label());
                lines.add(switch (change.kind()) {
                    case MOVED -> line(now, before.zone(), "moved", label,
                            "now " + where(change.after().orElse(before)), "was " + where(before));
                    case CANCELLED -> line(now, before.zone(), "cancelled", label, "was " + where(before));
                    case ADDED -> line(now, before.zone(), "added", label, where(change.after().orElse(before)));
                });
            }
            return lines;
        }

        private static String where(SessionCard card) {
            return TimeTexts.range(card.start(), card.end(), card.zone()) + " in " + clean(card.room());
        }
    }

    private static String line(Instant at, ZoneId zone, String... fields) {
        return " " + WHEN.format(at.atZone(zone)) + " | " + String.join(" | ", fields);
    }

    private static String speakers(List<PersonRef> people) {
        return people.isEmpty() ? "-"
                : people.stream().map(p -> clean(p.nameWithAffiliation())).collect(Collectors.joining(", "));
    }

    /** One line, no separator, no control characters. */
    static String clean(String text) {
        return text.replaceAll("[\\p{Cntrl}\\s]+", " ").replace("|", "/").strip();
    }
}
