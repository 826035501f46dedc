-- One row per inbound delivery (a Slack event_id or trigger_id, a Discord message or interaction id) that an
-- instance answered: the primary key is what makes one instance answer it, and a platform's retries stay silent.
-- Rows are kept as long as the platform can redeliver (an hour) and then deleted.
CREATE TABLE inbound_claim (
  platform   VARCHAR(40)  NOT NULL,
  kind       VARCHAR(40)  NOT NULL,
  inbound_id VARCHAR(200) NOT NULL,
  claimed_by VARCHAR(200) NOT NULL,
  claimed_at BIGINT       NOT NULL,
  CONSTRAINT inbound_claim_key PRIMARY KEY (platform, kind, inbound_id)
);

CREATE INDEX inbound_claim_age ON inbound_claim (claimed_at);
