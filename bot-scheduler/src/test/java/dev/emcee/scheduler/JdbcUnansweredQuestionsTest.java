package dev.emcee.scheduler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Unanswered questions in the embedded H2 database (two stores on one pool stand for two instances' views). */
@Timeout(60)
class JdbcUnansweredQuestionsTest extends UnansweredQuestionsContract {
    @TempDir
    Path data;
    private final List<AnnouncementDatabase> open = new ArrayList<>();

    @AfterEach
    void close() {
        open.forEach(AnnouncementDatabase::close);
    }

    @Override
    AnnouncementDatabase database() {
        if (open.isEmpty()) {
            open.add(AnnouncementDatabase.open(DatabaseSettings.embedded(), data));
        }
        return open.get(0);
    }
}
