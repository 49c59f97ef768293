-- Every reviewer's decision records when it was taken, improvement plans too.
ALTER TABLE improvement_plan ADD COLUMN decided_at timestamptz;
