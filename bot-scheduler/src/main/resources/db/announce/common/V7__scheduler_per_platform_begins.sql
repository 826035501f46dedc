-- A scheduler per platform, step 1 of 3: a table for the data of each job of the one scheduler "emcee-jobs" as
-- text, filled by V7.1 (the reading of a BLOB differs per database) and read by V7.2, which moves the jobs.
CREATE TABLE emcee_v7_job_data (
  JOB_NAME  VARCHAR(200)    NOT NULL,
  JOB_GROUP VARCHAR(200)    NOT NULL,
  DATA_TEXT VARCHAR(100000) NULL,
  PRIMARY KEY (JOB_NAME, JOB_GROUP)
);
