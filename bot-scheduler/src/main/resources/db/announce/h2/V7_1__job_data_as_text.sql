-- A scheduler per platform, step 2 of 3: each job's data as text, which is how Quartz wrote it (properties,
-- useProperties), so that V7.2 can read the platform in it; it is nowhere else (reminders' names are hashes).
INSERT INTO emcee_v7_job_data (JOB_NAME, JOB_GROUP, DATA_TEXT)
  SELECT JOB_NAME, JOB_GROUP, UTF8TOSTRING(CAST(JOB_DATA AS VARBINARY)) FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = 'emcee-jobs';
