-- The questions Emcee could not answer, counted for the organizers (emcee unanswered): the normalized text only,
-- never who asked nor where. Kept to a limit of distinct texts; the least recently asked are dropped first.
CREATE TABLE unanswered_question (
  question    VARCHAR(300) NOT NULL,
  times_asked BIGINT       NOT NULL,
  first_asked BIGINT       NOT NULL,
  last_asked  BIGINT       NOT NULL,
  CONSTRAINT unanswered_question_key PRIMARY KEY (question)
);

CREATE INDEX unanswered_question_recency ON unanswered_question (last_asked);
