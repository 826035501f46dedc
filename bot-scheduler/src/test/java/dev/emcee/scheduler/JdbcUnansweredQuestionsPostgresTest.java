package dev.emcee.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Unanswered questions on one real PostgreSQL server shared by instances (a pool each, as processes have). */
@Timeout(120)
class JdbcUnansweredQuestionsPostgresTest extends UnansweredQuestionsContract {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path unused;

    @Override
    AnnouncementDatabase open() {
        return AnnouncementDatabase.open(POSTGRES.settings(), unused);
    }

    @Test
    void twoInstancesCountingTheSameNewQuestionAtOnceLoseNoAsking() throws Exception {
        JdbcUnansweredQuestions a = new JdbcUnansweredQuestions(database(), 10);
        JdbcUnansweredQuestions b = new JdbcUnansweredQuestions(database(), 10);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                JdbcUnansweredQuestions instance = i % 2 == 0 ? a : b;
                done.add(threads.submit(() -> instance.record("is there parking", NINE)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(a.mostAsked(10)).singleElement().satisfies(c -> assertThat(c.timesAsked()).isEqualTo(40));
    }
}
