-- The rooms an organizers' announcement goes to ("announce in LL21 A/B: ..."), their ids one a line; NULL or empty:
-- the digest channels, as before.
ALTER TABLE organizer_broadcast ADD COLUMN rooms VARCHAR(2000) NULL;
