-- One job pipeline: announcements and reminders share one ledger, one change ledger and one Quartz scheduler.
-- Every row of the old tables is copied before they go, so nothing claimed or sent before the upgrade is claimed
-- or sent again after it. Stop every instance of the old version before the first new one starts.

-- One row per delivery (kind, platform, recipient: a channel or a person, session, start, lead), claimed before
-- sending and marked SENT after. The primary key is what makes a delivery go out once, whatever the instances.
CREATE TABLE job_ledger (
  kind               VARCHAR(20)  NOT NULL,
  platform           VARCHAR(40)  NOT NULL,
  recipient          VARCHAR(200) NOT NULL,
  session_id         VARCHAR(200) NOT NULL,
  start_epoch_second BIGINT       NOT NULL,
  lead_seconds       INTEGER      NOT NULL,
  state              VARCHAR(10)  NOT NULL,
  claimed_by         VARCHAR(200) NOT NULL,
  claimed_at         BIGINT       NOT NULL,
  sent_at            BIGINT       NULL,
  label              VARCHAR(500) NULL,
  CONSTRAINT job_ledger_key
    PRIMARY KEY (kind, platform, recipient, session_id, start_epoch_second, lead_seconds)
);

INSERT INTO job_ledger (kind, platform, recipient, session_id, start_epoch_second, lead_seconds, state, claimed_by,
    claimed_at, sent_at, label)
  SELECT 'ANNOUNCEMENT', platform, channel, session_id, start_epoch_second, lead_seconds, state, claimed_by,
    claimed_at, sent_at, label FROM announcement_ledger;
INSERT INTO job_ledger (kind, platform, recipient, session_id, start_epoch_second, lead_seconds, state, claimed_by,
    claimed_at, sent_at, label)
  SELECT 'REMINDER', platform, user_id, session_id, start_epoch_second, lead_seconds, state, claimed_by,
    claimed_at, sent_at, NULL FROM reminder_ledger;

-- Schedule changes already told to a recipient: a channel (kind ANNOUNCEMENT) or a person (kind REMINDER).
CREATE TABLE change_ledger (
  kind       VARCHAR(20)  NOT NULL,
  change_key VARCHAR(400) NOT NULL,
  platform   VARCHAR(40)  NOT NULL,
  recipient  VARCHAR(200) NOT NULL,
  claimed_by VARCHAR(200) NOT NULL,
  claimed_at BIGINT       NOT NULL,
  CONSTRAINT change_ledger_key PRIMARY KEY (kind, change_key, platform, recipient)
);

INSERT INTO change_ledger (kind, change_key, platform, recipient, claimed_by, claimed_at)
  SELECT 'ANNOUNCEMENT', change_key, platform, channel, claimed_by, claimed_at FROM schedule_change_ledger;
INSERT INTO change_ledger (kind, change_key, platform, recipient, claimed_by, claimed_at)
  SELECT 'REMINDER', change_key, platform, user_id, claimed_by, claimed_at FROM agenda_change_ledger;

DROP TABLE announcement_ledger;
DROP TABLE reminder_ledger;
DROP TABLE schedule_change_ledger;
DROP TABLE agenda_change_ledger;

-- The two schedulers' jobs move to the one scheduler "emcee-jobs", keeping their groups (which say their kind) and
-- names, with the one job class. Rows are copied and the old ones deleted, as the foreign keys require.
INSERT INTO QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP, DESCRIPTION, JOB_CLASS_NAME, IS_DURABLE,
    IS_NONCONCURRENT, IS_UPDATE_DATA, REQUESTS_RECOVERY, JOB_DATA)
  SELECT 'emcee-jobs', JOB_NAME, JOB_GROUP, DESCRIPTION, 'dev.emcee.scheduler.PipelineJob', IS_DURABLE,
    IS_NONCONCURRENT, IS_UPDATE_DATA, REQUESTS_RECOVERY, JOB_DATA
  FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME IN ('emcee-announcements', 'emcee-reminders');
INSERT INTO QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP, DESCRIPTION,
    NEXT_FIRE_TIME, PREV_FIRE_TIME, PRIORITY, TRIGGER_STATE, TRIGGER_TYPE, START_TIME, END_TIME, CALENDAR_NAME,
    MISFIRE_INSTR, JOB_DATA)
  SELECT 'emcee-jobs', TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP, DESCRIPTION, NEXT_FIRE_TIME,
    PREV_FIRE_TIME, PRIORITY, TRIGGER_STATE, TRIGGER_TYPE, START_TIME, END_TIME, CALENDAR_NAME, MISFIRE_INSTR, JOB_DATA
  FROM QRTZ_TRIGGERS WHERE SCHED_NAME IN ('emcee-announcements', 'emcee-reminders');
INSERT INTO QRTZ_SIMPLE_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, REPEAT_COUNT, REPEAT_INTERVAL,
    TIMES_TRIGGERED)
  SELECT 'emcee-jobs', TRIGGER_NAME, TRIGGER_GROUP, REPEAT_COUNT, REPEAT_INTERVAL, TIMES_TRIGGERED
  FROM QRTZ_SIMPLE_TRIGGERS WHERE SCHED_NAME IN ('emcee-announcements', 'emcee-reminders');
DELETE FROM QRTZ_SIMPLE_TRIGGERS WHERE SCHED_NAME IN ('emcee-announcements', 'emcee-reminders');
DELETE FROM QRTZ_CRON_TRIGGERS WHERE SCHED_NAME IN ('emcee-announcements', 'emcee-reminders');
DELETE FROM QRTZ_SIMPROP_TRIGGERS WHERE SCHED_NAME IN ('emcee-announcements', 'emcee-reminders');
DELETE FROM QRTZ_BLOB_TRIGGERS WHERE SCHED_NAME IN ('emcee-announcements', 'emcee-reminders');
DELETE FROM QRTZ_TRIGGERS WHERE SCHED_NAME IN ('emcee-announcements', 'emcee-reminders');
DELETE FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME IN ('emcee-announcements', 'emcee-reminders');

-- Executions left unfinished by a crash are recovered by the new scheduler (their claims may be taken over). Both
-- old schedulers could have used the same entry id on one embedded database: the reminders' get a prefix.
UPDATE QRTZ_FIRED_TRIGGERS SET SCHED_NAME = 'emcee-jobs' WHERE SCHED_NAME = 'emcee-announcements';
UPDATE QRTZ_FIRED_TRIGGERS SET SCHED_NAME = 'emcee-jobs', ENTRY_ID = CONCAT('r', ENTRY_ID)
  WHERE SCHED_NAME = 'emcee-reminders';
UPDATE QRTZ_PAUSED_TRIGGER_GRPS SET SCHED_NAME = 'emcee-jobs'
  WHERE SCHED_NAME IN ('emcee-announcements', 'emcee-reminders');
-- Check-ins and lock rows are made again by the new scheduler as it needs them.
DELETE FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME IN ('emcee-announcements', 'emcee-reminders');
DELETE FROM QRTZ_LOCKS WHERE SCHED_NAME IN ('emcee-announcements', 'emcee-reminders');
