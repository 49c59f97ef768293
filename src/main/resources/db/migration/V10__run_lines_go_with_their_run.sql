-- A run's staged lines are working data: they are deleted when the run completes, and when an upload
-- is cut off or refused. A rejection therefore keeps the seller its line named. A line that kept
-- failing with an unexpected error is reported as an ERROR rejection and the run goes on.
ALTER TABLE assessment_run_rejection ADD COLUMN seller_id text;
UPDATE assessment_run_rejection r
   SET seller_id = substring(l.body from '"sellerId"\s*:\s*"([^"\\]*)"')
  FROM assessment_run_line l
 WHERE l.run_id = r.run_id AND l.line_no = r.line_no;

ALTER TABLE assessment_run_rejection DROP CONSTRAINT assessment_run_rejection_kind;
ALTER TABLE assessment_run_rejection ADD CONSTRAINT assessment_run_rejection_kind
    CHECK (kind IN ('INVALID', 'CONFLICT', 'ERROR'));

DELETE FROM assessment_run_line l
 USING assessment_run r
 WHERE r.run_id = l.run_id AND r.status IN ('COMPLETED', 'FAILED');
