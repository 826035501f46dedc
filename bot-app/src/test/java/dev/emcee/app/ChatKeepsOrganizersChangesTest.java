package dev.emcee.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An organizer's change made in {@code emcee chat} is kept in the database, as in {@code emcee run}. */
class ChatKeepsOrganizersChangesTest {
    @TempDir
    Path data;

    @Test
    void aMoveConfirmedInChatOutlastsItAndIsUndoneInTheNext() {
        Cli.Result moved = new Cli().stdin("move Kyle Kingsbury's talk to 4:00pm\nconfirm\n")
                .run("--data", data.toString(), "chat");
        assertThat(moved.out()).contains("Moved.", "This is change #1");

        Cli.Result listed = new Cli().run("--data", data.toString(), "overrides");
        assertThat(listed.out()).contains("Kyle Kingsbury").contains("4pm");

        Cli.Result later = new Cli().stdin("what's next\n")
                .run("--data", data.toString(), "--now", "2018-06-14T15:45", "chat");
        assertThat(later.out()).contains("4pm–4:40pm").doesNotContain("3:40pm–4:20pm");

        new Cli().stdin("undo\n").run("--data", data.toString(), "chat");
        assertThat(new Cli().run("--data", data.toString(), "overrides").out()).contains("undone by console:operator");
        Cli.Result restored = new Cli().stdin("what's next\n")
                .run("--data", data.toString(), "--now", "2018-06-14T15:30", "chat");
        assertThat(restored.out()).contains("3:40pm–4:20pm");
    }
}
