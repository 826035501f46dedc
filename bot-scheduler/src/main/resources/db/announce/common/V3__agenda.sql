-- Personal agendas: bookmarks and reminder leads, keyed by platform and platform user id. "forget me" deletes
-- every row of a person in these four tables.
CREATE TABLE agenda_bookmark (
  platform   VARCHAR(40)  NOT NULL,
  user_id    VARCHAR(200) NOT NULL,
  session_id VARCHAR(200) NOT NULL,
  created_at BIGINT       NOT NULL,
  CONSTRAINT agenda_bookmark_key PRIMARY KEY (platform, user_id, session_id)
);

CREATE TABLE agenda_user (
  platform              VARCHAR(40)  NOT NULL,
  user_id               VARCHAR(200) NOT NULL,
  reminder_lead_seconds INTEGER      NOT NULL,
  CONSTRAINT agenda_user_key PRIMARY KEY (platform, user_id)
);

-- One row per reminder (person, session, start, lead), claimed before sending and marked SENT after: the primary
-- key is what makes a reminder go out once, whatever the number of instances.
CREATE TABLE reminder_ledger (
  platform           VARCHAR(40)  NOT NULL,
  user_id            VARCHAR(200) NOT NULL,
  session_id         VARCHAR(200) NOT NULL,
  start_epoch_second BIGINT       NOT NULL,
  lead_seconds       INTEGER      NOT NULL,
  state              VARCHAR(10)  NOT NULL,
  claimed_by         VARCHAR(200) NOT NULL,
  claimed_at         BIGINT       NOT NULL,
  sent_at            BIGINT       NULL,
  CONSTRAINT reminder_ledger_key
    PRIMARY KEY (platform, user_id, session_id, start_epoch_second, lead_seconds)
);

-- Changes to bookmarked sessions already told to a person (so that several instances tell each once).
CREATE TABLE agenda_change_ledger (
  change_key VARCHAR(400) NOT NULL,
  platform   VARCHAR(40)  NOT NULL,
  user_id    VARCHAR(200) NOT NULL,
  claimed_by VARCHAR(200) NOT NULL,
  claimed_at BIGINT       NOT NULL,
  CONSTRAINT agenda_change_ledger_key PRIMARY KEY (change_key, platform, user_id)
);
