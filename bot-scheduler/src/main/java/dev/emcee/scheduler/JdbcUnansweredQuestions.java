package dev.emcee.scheduler;

import dev.emcee.core.UnansweredQuestions;
import dev.emcee.core.question.QuestionText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unanswered questions in the announcement database ({@code unanswered_question}), shared by every instance on
 * it: one row per distinct normalized text with how often and when it was asked. A new text beyond the limit drops
 * the least recently asked ones.
 *
 * <p>Counting is best effort: when the database cannot be reached, the asking is not counted and a warning is
 * logged; the person who asked is answered all the same.
 */
public final class JdbcUnansweredQuestions implements UnansweredQuestions {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcUnansweredQuestions.class);
    private static final String COUNT = "UPDATE unanswered_question SET times_asked = times_asked + 1, "
            + "last_asked = ? WHERE question = ?";
    private static final String INSERT = "INSERT INTO unanswered_question (question, times_asked, first_asked, "
            + "last_asked) VALUES (?, 1, ?, ?)";
    private static final String TRIM = "DELETE FROM unanswered_question WHERE question IN (SELECT question FROM "
            + "unanswered_question ORDER BY last_asked DESC, question OFFSET ? ROWS)";
    private static final String MOST_ASKED = "SELECT question, times_asked, first_asked, last_asked FROM "
            + "unanswered_question ORDER BY times_asked DESC, last_asked DESC, question FETCH FIRST ? ROWS ONLY";

    private final DataSource dataSource;
    private final int limit;

    /** Keeps at most {@code limit} distinct questions (1 or more) in {@code database}. */
    public JdbcUnansweredQuestions(AnnouncementDatabase database, int limit) {
        this(database.dataSource(), limit);
    }

    JdbcUnansweredQuestions(DataSource dataSource, int limit) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (limit < 1) {
            throw new IllegalArgumentException("the limit of unanswered questions kept must be 1 or more: " + limit);
        }
        this.limit = limit;
    }

    @Override
    public void record(String normalizedText, Instant at) {
        String question = normalizedText.length() > QuestionText.MAX_LENGTH
                ? normalizedText.substring(0, QuestionText.MAX_LENGTH) : normalizedText;
        if (question.isBlank()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            if (count(c, question, at) || insert(c, question, at)) {
                return;
            }
            count(c, question, at); // another instance inserted it meanwhile
        } catch (SQLException e) {
            LOG.warn("Could not count an unanswered question in the database: {}", e.getMessage());
        }
    }

    private static boolean count(Connection c, String question, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(COUNT)) {
            s.setLong(1, at.toEpochMilli());
            s.setString(2, question);
            return s.executeUpdate() > 0;
        }
    }

    /** Inserts a new question and drops the oldest beyond the limit; false when another instance inserted it. */
    private boolean insert(Connection c, String question, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setString(1, question);
            s.setLong(2, at.toEpochMilli());
            s.setLong(3, at.toEpochMilli());
            s.executeUpdate();
        } catch (SQLException e) {
            if (Transactions.DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
        try (PreparedStatement s = c.prepareStatement(TRIM)) {
            s.setInt(1, limit);
            s.executeUpdate();
        }
        return true;
    }

    /**
     * The {@code max} most asked questions, most asked first (then the most recently asked).
     *
     * @throws AnnouncementDatabaseException when the database cannot be read
     */
    public List<UnansweredCount> mostAsked(int max) {
        return Transactions.run(dataSource, "the unanswered questions", c -> {
            List<UnansweredCount> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(MOST_ASKED)) {
                s.setInt(1, max);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        out.add(new UnansweredCount(rows.getString(1), rows.getLong(2),
                                Instant.ofEpochMilli(rows.getLong(3)), Instant.ofEpochMilli(rows.getLong(4))));
                    }
                }
            }
            return out;
        });
    }
}
