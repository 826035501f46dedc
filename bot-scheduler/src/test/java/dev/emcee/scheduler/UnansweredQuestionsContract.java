package dev.emcee.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What every database keeping unanswered questions must do: count, order, drop the oldest, share. */
abstract class UnansweredQuestionsContract {
    static final Instant NINE = Instant.parse("2018-06-14T16:00:00Z");

    private final List<AnnouncementDatabase> open = new ArrayList<>();

    /** Opens the database as Emcee does (migrated); each call may open another pool on the same database. */
    abstract AnnouncementDatabase open();

    /** A database opened for this case, closed after it. */
    final AnnouncementDatabase database() {
        AnnouncementDatabase database = open();
        open.add(database);
        return database;
    }

    @AfterEach
    void closeDatabases() {
        open.forEach(AnnouncementDatabase::close);
    }

    @Test
    void countsEachTextAndListsTheMostAskedFirstWithWhenLastAsked() {
        JdbcUnansweredQuestions store = new JdbcUnansweredQuestions(database(), 10);
        store.record("where is the party", NINE);
        store.record("is there parking", NINE.plusSeconds(60));
        store.record("where is the party", NINE.plusSeconds(120));
        store.record("where is the party", NINE.plusSeconds(180));

        List<UnansweredCount> counts = store.mostAsked(10);

        assertThat(counts).extracting(UnansweredCount::question).containsExactly("where is the party",
                "is there parking");
        assertThat(counts.get(0).timesAsked()).isEqualTo(3);
        assertThat(counts.get(0).firstAsked()).isEqualTo(NINE);
        assertThat(counts.get(0).lastAsked()).isEqualTo(NINE.plusSeconds(180));
        assertThat(counts.get(1).timesAsked()).isEqualTo(1);
    }

    @Test
    void beyondTheLimitTheLeastRecentlyAskedIsDropped() {
        JdbcUnansweredQuestions store = new JdbcUnansweredQuestions(database(), 2);
        store.record("first", NINE);
        store.record("second", NINE.plusSeconds(1));
        store.record("first", NINE.plusSeconds(2)); // asked again: now "second" is the oldest
        store.record("third", NINE.plusSeconds(3));

        assertThat(store.mostAsked(10)).extracting(UnansweredCount::question).containsExactlyInAnyOrder("first",
                "third");
    }

    @Test
    void twoInstancesOnOneDatabaseShareTheCounts() {
        JdbcUnansweredQuestions a = new JdbcUnansweredQuestions(database(), 10);
        JdbcUnansweredQuestions b = new JdbcUnansweredQuestions(database(), 10);
        a.record("is there parking", NINE);
        b.record("is there parking", NINE.plusSeconds(5));

        assertThat(a.mostAsked(10)).singleElement().satisfies(c -> {
            assertThat(c.timesAsked()).isEqualTo(2);
            assertThat(c.lastAsked()).isEqualTo(NINE.plusSeconds(5));
        });
    }

    @Test
    void listsAtMostAsManyAsAskedFor() {
        JdbcUnansweredQuestions store = new JdbcUnansweredQuestions(database(), 10);
        for (int i = 0; i < 5; i++) {
            store.record("question " + i, NINE.plusSeconds(i));
        }
        assertThat(store.mostAsked(3)).extracting(UnansweredCount::question).containsExactly("question 4",
                "question 3", "question 2");
    }
}
