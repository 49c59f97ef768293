-- Scratch copies of the tables an assessment writes (columns, checks, indexes, keys), with the
-- foreign keys between them; :svc is the service's schema, :scratch the baseline's.
DROP SCHEMA IF EXISTS :scratch CASCADE;
CREATE SCHEMA :scratch;
SET search_path TO :scratch;
CREATE TABLE seller (LIKE :svc.seller INCLUDING ALL);
CREATE TABLE assessment (LIKE :svc.assessment INCLUDING ALL);
CREATE TABLE metric_result (LIKE :svc.metric_result INCLUDING ALL);
ALTER TABLE assessment ADD FOREIGN KEY (seller_ref) REFERENCES seller (id);
ALTER TABLE metric_result ADD FOREIGN KEY (assessment_ref) REFERENCES assessment (id);
CREATE SEQUENCE seller_seq;
CREATE SEQUENCE assessment_seq;
CREATE SEQUENCE metric_result_seq;
