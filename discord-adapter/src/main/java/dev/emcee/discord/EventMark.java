package dev.emcee.discord;

import dev.emcee.core.events.CalendarEvent;
import dev.emcee.core.events.EventCalendar;
import dev.emcee.core.schedule.SessionId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of the description of each event Emcee makes, {@code Emcee · <session id> · <fingerprint>}: how it
 * recognises its own events in the server's list, and whether one still says what the schedule says. The texts
 * before it are cut to Discord's limit of 1000 characters so that the mark always fits.
 */
final class EventMark {
    /** Discord's longest event description. */
    static final int DESCRIPTION_MAX = 1000;
    /** The longest session id the mark carries; longer ones make the description too long to hold anything. */
    static final int SESSION_ID_MAX = 200;
    private static final Pattern MARK = Pattern.compile("(?:^|\\n)Emcee · (\\S{1," + SESSION_ID_MAX
            + "}) · ([0-9a-f]{16})\\s*$");

    private EventMark() {
    }

    /**
     * The description Discord gets: the event's own, cut to fit, with markdown and mentions neutralised except on
     * lines that are a plain link (escaping would break the link), and the mark.
     */
    static String describe(CalendarEvent event) {
        String mark = "Emcee · " + event.session().value() + " · " + event.fingerprint();
        if (event.session().value().length() > SESSION_ID_MAX || event.session().value().matches(".*\\s.*")) {
            throw new IllegalArgumentException("session id '" + event.session().value() + "' is too long or has "
                    + "spaces, so its event cannot be marked as Emcee's");
        }
        String text = event.description().lines()
                .map(line -> DiscordMarkdown.isSafeLink(line.strip()) ? line.strip() : DiscordMarkdown.escape(line))
                .collect(java.util.stream.Collectors.joining("\n"));
        int room = DESCRIPTION_MAX - mark.length() - 2;
        return text.isEmpty() ? mark : DiscordMarkdown.truncate(text, room) + "\n\n" + mark;
    }

    /** The event's session and fingerprint, when its description ends in Emcee's mark. */
    static Optional<EventCalendar.Listed> read(String eventId, String description) {
        if (description == null) {
            return Optional.empty();
        }
        Matcher mark = MARK.matcher(description);
        return mark.find() ? Optional.of(new EventCalendar.Listed(eventId, new SessionId(mark.group(1)),
                mark.group(2))) : Optional.empty();
    }
}
