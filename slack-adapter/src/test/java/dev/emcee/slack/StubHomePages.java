package dev.emcee.slack;

import dev.emcee.core.HomePage;
import dev.emcee.core.HomePages;
import dev.emcee.core.answer.HelpAnswer;
import dev.emcee.core.answer.ShortReply;
import dev.emcee.core.platform.Platform;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The same home page for everyone; tells those who asked of a schedule change when the test says so. */
final class StubHomePages implements HomePages {
    private final List<Runnable> scheduleListeners = new CopyOnWriteArrayList<>();

    @Override
    public HomePage home(Platform platform, String userId) {
        return new HomePage(new ShortReply("Nothing on now."), new ShortReply("Nothing next."), Optional.empty(),
                new HelpAnswer("Ask me.", List.of("what's next")));
    }

    @Override
    public void whenScheduleChanges(Runnable refresh) {
        scheduleListeners.add(refresh);
    }

    /** As if the schedule in service changed. */
    void scheduleChanged() {
        scheduleListeners.forEach(Runnable::run);
    }
}
