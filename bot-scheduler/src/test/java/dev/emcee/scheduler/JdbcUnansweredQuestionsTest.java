package dev.emcee.scheduler;

import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Unanswered questions in the embedded H2 database; two pools on its file stand for two instances' views. */
@Timeout(60)
class JdbcUnansweredQuestionsTest extends UnansweredQuestionsContract {
    @TempDir
    Path data;

    @Override
    AnnouncementDatabase open() {
        return AnnouncementDatabase.open(DatabaseSettings.embedded(), data);
    }
}
