-- The announcement ledger: one row per announcement (session, start, lead, route), claimed before posting and
-- marked SENT after. The primary key is what makes an announcement go out once, whatever the number of instances.
CREATE TABLE announcement_ledger (
  session_id         VARCHAR(200) NOT NULL,
  start_epoch_second BIGINT       NOT NULL,
  lead_seconds       INTEGER      NOT NULL,
  platform           VARCHAR(40)  NOT NULL,
  channel            VARCHAR(200) NOT NULL,
  state              VARCHAR(10)  NOT NULL,
  claimed_by         VARCHAR(200) NOT NULL,
  claimed_at         BIGINT       NOT NULL,
  sent_at            BIGINT       NULL,
  label              VARCHAR(500) NULL,
  CONSTRAINT announcement_ledger_key
    PRIMARY KEY (session_id, start_epoch_second, lead_seconds, platform, channel)
);

-- Schedule-change notices already posted (so that several instances reloading the same change post it once).
CREATE TABLE schedule_change_ledger (
  change_key VARCHAR(400) NOT NULL,
  platform   VARCHAR(40)  NOT NULL,
  channel    VARCHAR(200) NOT NULL,
  claimed_by VARCHAR(200) NOT NULL,
  claimed_at BIGINT       NOT NULL,
  CONSTRAINT schedule_change_ledger_key PRIMARY KEY (change_key, platform, channel)
);

-- One row that claims lock (SELECT ... FOR UPDATE), so that the sessions of one message are claimed together.
CREATE TABLE announcement_lock (
  name VARCHAR(40) NOT NULL,
  CONSTRAINT announcement_lock_key PRIMARY KEY (name)
);
INSERT INTO announcement_lock (name) VALUES ('claims');
