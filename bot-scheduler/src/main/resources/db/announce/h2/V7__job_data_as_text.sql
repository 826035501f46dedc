-- A scheduler per platform, step 1 of 2 (V7.1 moves the jobs): the data of each job of the one scheduler
-- "emcee-jobs" as text, which is how Quartz wrote it (properties, useProperties), so that V7.1 can read the
-- platform in it. The platform is nowhere else: reminders' names are hashes. Only the reading differs per database.
CREATE TABLE emcee_v7_job_data (
  JOB_NAME  VARCHAR(200)    NOT NULL,
  JOB_GROUP VARCHAR(200)    NOT NULL,
  DATA_TEXT VARCHAR(100000) NULL,
  PRIMARY KEY (JOB_NAME, JOB_GROUP)
);
INSERT INTO emcee_v7_job_data (JOB_NAME, JOB_GROUP, DATA_TEXT)
  SELECT JOB_NAME, JOB_GROUP, UTF8TOSTRING(CAST(JOB_DATA AS VARBINARY)) FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = 'emcee-jobs';
