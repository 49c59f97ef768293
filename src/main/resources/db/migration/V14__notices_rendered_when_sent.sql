-- Notices are rendered when they are mailed (or listed), no longer in the decision's transaction:
-- a notice keeps what its wording is rendered from (the template, and what it tells besides its
-- kind, subject and day: a change's details, or the assessment revision a summary is of), and the
-- subject it was mailed with once it is sent. Notices written before keep their rendered mail.

ALTER TABLE notice ADD COLUMN template varchar(64);
ALTER TABLE notice ADD COLUMN details jsonb;
ALTER TABLE notice ALTER COLUMN subject DROP NOT NULL;
ALTER TABLE notice ALTER COLUMN body_text DROP NOT NULL;
ALTER TABLE notice ALTER COLUMN body_html DROP NOT NULL;
