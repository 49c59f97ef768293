-- Who did what: the authenticated principal behind each write.
ALTER TABLE assessment ADD COLUMN created_by varchar(128);
ALTER TABLE daily_check ADD COLUMN created_by varchar(128);
ALTER TABLE return_target ADD COLUMN set_by varchar(128);
ALTER TABLE plan_of_action ADD COLUMN submitted_by varchar(128), ADD COLUMN decided_by varchar(128);
ALTER TABLE appeal ADD COLUMN submitted_by varchar(128), ADD COLUMN decided_by varchar(128);
ALTER TABLE service_evaluation ADD COLUMN created_by varchar(128);
ALTER TABLE account_action ADD COLUMN taken_by varchar(128);
ALTER TABLE improvement_plan ADD COLUMN submitted_by varchar(128), ADD COLUMN decided_by varchar(128);
