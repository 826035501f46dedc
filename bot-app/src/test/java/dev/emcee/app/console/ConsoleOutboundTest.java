package dev.emcee.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emcee.core.announce.TestConference;
import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.answer.SessionCards;
import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.notice.ScheduleChanged.Change;
import dev.emcee.core.notice.ScheduleChanged.Kind;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.testing.BundledConference;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.SessionId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The console's [announcement] lines: the documented format, one line per session or change. */
@Timeout(10)
class ConsoleOutboundTest {
    private static final DeliveryKey KEY = DeliveryKey.of("console test");
    private static final Schedule SCHEDULE = TestConference.in("America/Los_Angeles")
            .talk("a", "2018-06-14T11:25", "ll21ab")
            .talk("b", "2018-06-14T15:00", "ll20d")
            .build();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ConsoleOutbound sink = new ConsoleOutbound(new PrintStream(bytes, true, StandardCharsets.UTF_8),
            Clock.fixed(BundledConference.at("2018-06-14T11:32"), ZoneOffset.UTC));

    private SessionCard card(String id) {
        return SessionCards.of(SCHEDULE.session(new SessionId(id)).orElseThrow(), SCHEDULE);
    }

    private List<String> printed() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void printsOneLinePerAnnouncedSession() {
        sink.post("console", new SessionsStarting(List.of(card("a"), card("a")),
                BundledConference.at("2018-06-14T11:20:00")), KEY).join();

        assertThat(printed()).containsExactly(
                "[announcement] 2018-06-14 11:20 PDT | starting in 5 minutes | Talk a | Sean Allen (Wallaroo Labs)"
                        + " | LL21 A/B | 11:25am–12:05pm | https://example.org/a",
                "[announcement] 2018-06-14 11:20 PDT | starting in 5 minutes | Talk a | Sean Allen (Wallaroo Labs)"
                        + " | LL21 A/B | 11:25am–12:05pm | https://example.org/a");
    }

    @Test
    void printsScheduleChanges() {
        sink.post("console", new ScheduleChanged(List.of(
                new Change(Kind.MOVED, card("a"), Optional.of(card("b"))),
                new Change(Kind.CANCELLED, card("b"), Optional.empty()),
                new Change(Kind.ADDED, card("b"), Optional.of(card("b"))))), KEY).join();

        assertThat(printed()).containsExactly(
                "[announcement] 2018-06-14 11:32 PDT | moved | Talk a | now 3pm–3:40pm in LL20 D"
                        + " | was 11:25am–12:05pm in LL21 A/B",
                "[announcement] 2018-06-14 11:32 PDT | cancelled | Talk b | was 3pm–3:40pm in LL20 D",
                "[announcement] 2018-06-14 11:32 PDT | added | Talk b | 3pm–3:40pm in LL20 D");
    }

    @Test
    void textFromTheScheduleStaysOnOneLineWithoutTheSeparator() {
        assertThat(ConsoleOutbound.clean("Chaos |\n engineering\t@everyone")).isEqualTo("Chaos / engineering @everyone");
    }
}
