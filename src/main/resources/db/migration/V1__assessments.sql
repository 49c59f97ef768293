-- Sellers, FBA Onsite assessments with their metric results, the rule set versions that made
-- them, and quarterly store returns targets. Ids come from sequences (allocation 50) so that
-- Hibernate can batch inserts.

CREATE SEQUENCE seller_seq INCREMENT BY 50;
CREATE TABLE seller (
    id            bigint PRIMARY KEY,
    seller_id     varchar(64) NOT NULL,
    first_seen_at timestamptz NOT NULL,
    CONSTRAINT seller_seller_id_key UNIQUE (seller_id)
);

CREATE TABLE rule_set_version (
    version         varchar(64) PRIMARY KEY,
    files           jsonb NOT NULL,
    first_loaded_at timestamptz NOT NULL
);

CREATE SEQUENCE assessment_seq INCREMENT BY 50;
CREATE TABLE assessment (
    id               bigint PRIMARY KEY,
    assessment_id    uuid NOT NULL,
    revision         integer NOT NULL,
    seller_ref       bigint NOT NULL REFERENCES seller (id),
    program          varchar(32) NOT NULL,
    period_start     date NOT NULL,
    period_end       date NOT NULL,
    assessed_on      date NOT NULL,
    input_facts      jsonb NOT NULL,
    rule_set_version varchar(64) NOT NULL REFERENCES rule_set_version (version),
    fired_rules      jsonb NOT NULL,
    created_at       timestamptz NOT NULL,
    CONSTRAINT assessment_natural_key UNIQUE (seller_ref, program, period_start, period_end, revision),
    CONSTRAINT assessment_revision_key UNIQUE (assessment_id, revision),
    CONSTRAINT assessment_period_order CHECK (period_end >= period_start),
    CONSTRAINT assessment_revision_positive CHECK (revision >= 1)
);
CREATE INDEX assessment_seller_period ON assessment (seller_ref, program, period_start);

CREATE SEQUENCE metric_result_seq INCREMENT BY 50;
CREATE TABLE metric_result (
    id             bigint PRIMARY KEY,
    assessment_ref bigint NOT NULL REFERENCES assessment (id),
    position       integer NOT NULL,
    metric         varchar(64) NOT NULL,
    numerator      bigint NOT NULL,
    denominator    bigint NOT NULL,
    rate           numeric(20, 6),
    goal           numeric(20, 6),
    comparison     varchar(16) NOT NULL,
    allowance      bigint,
    status         varchar(16) NOT NULL,
    CONSTRAINT metric_result_metric_key UNIQUE (assessment_ref, metric)
);

CREATE SEQUENCE return_target_seq INCREMENT BY 50;
CREATE TABLE return_target (
    id         bigint PRIMARY KEY,
    seller_ref bigint NOT NULL REFERENCES seller (id),
    quarter    varchar(7) NOT NULL,
    target     numeric(9, 6) NOT NULL,
    updated_at timestamptz NOT NULL,
    CONSTRAINT return_target_quarter_key UNIQUE (seller_ref, quarter)
);
