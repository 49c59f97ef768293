-- The day each assessment revision was decided (the original: its assessment day; a later revision:
-- the day its appeal was decided), so that a standing can be read as it was known on any day.
ALTER TABLE assessment ADD COLUMN decided_on date;
UPDATE assessment a SET decided_on = GREATEST(a.assessed_on, COALESCE(
    (SELECT ap.decided_on FROM appeal ap WHERE ap.appeal_id = a.appeal_id), a.assessed_on));
ALTER TABLE assessment ALTER COLUMN decided_on SET NOT NULL;

-- The store returns targets in force when the period was first assessed (quarter -> target); a
-- revision re-measures with these, not with targets set later. Null for assessments made before
-- this column existed: they fall back to the targets on record.
ALTER TABLE assessment ADD COLUMN return_targets jsonb;
