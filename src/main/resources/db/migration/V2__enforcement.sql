-- Strikes issued by assessments, daily checks, plans of action and appeals.

CREATE SEQUENCE strike_seq INCREMENT BY 50;
CREATE TABLE strike (
    id                        bigint PRIMARY KEY,
    strike_id                 uuid NOT NULL,
    seller_ref                bigint NOT NULL REFERENCES seller (id),
    assessment_id             uuid NOT NULL,
    metric                    varchar(64) NOT NULL,
    position                  integer NOT NULL,
    number                    integer NOT NULL,
    issued_on                 date NOT NULL,
    expires_on                date NOT NULL,
    penalty                   varchar(32) NOT NULL,
    minimum_deactivation_days integer,
    plan_of_action_required   boolean NOT NULL,
    status                    varchar(16) NOT NULL,
    revoked_by_revision       integer,
    created_at                timestamptz NOT NULL,
    CONSTRAINT strike_strike_id_key UNIQUE (strike_id),
    CONSTRAINT strike_number_positive CHECK (number >= 1),
    CONSTRAINT strike_status CHECK (status IN ('ACTIVE', 'REVOKED'))
);
-- One live strike per metric of an assessment, whatever runs in parallel.
CREATE UNIQUE INDEX strike_one_per_metric ON strike (assessment_id, metric) WHERE status = 'ACTIVE';
CREATE INDEX strike_seller ON strike (seller_ref, issued_on);

CREATE SEQUENCE daily_check_seq INCREMENT BY 50;
CREATE TABLE daily_check (
    id                       bigint PRIMARY KEY,
    check_id                 uuid NOT NULL,
    seller_ref               bigint NOT NULL REFERENCES seller (id),
    day                      date NOT NULL,
    fast_track_pending_units bigint NOT NULL,
    cancelled_units          bigint NOT NULL,
    late_processed_units     bigint NOT NULL,
    late_handover_units      bigint NOT NULL,
    affected_units           bigint NOT NULL,
    exceeded                 jsonb NOT NULL,
    deactivated              boolean NOT NULL,
    rule_set_version         varchar(64) NOT NULL REFERENCES rule_set_version (version),
    fired_rules              jsonb NOT NULL,
    created_at               timestamptz NOT NULL,
    CONSTRAINT daily_check_check_id_key UNIQUE (check_id),
    CONSTRAINT daily_check_one_per_day UNIQUE (seller_ref, day)
);

CREATE SEQUENCE plan_of_action_seq INCREMENT BY 50;
CREATE TABLE plan_of_action (
    id                 bigint PRIMARY KEY,
    plan_id            uuid NOT NULL,
    seller_ref         bigint NOT NULL REFERENCES seller (id),
    root_cause         text NOT NULL,
    corrective_actions text NOT NULL,
    preventive_actions text NOT NULL,
    submitted_on       date,
    status             varchar(16) NOT NULL,
    decided_on         date,
    decision_comment   text,
    created_at         timestamptz NOT NULL,
    decided_at         timestamptz,
    CONSTRAINT plan_of_action_plan_id_key UNIQUE (plan_id),
    CONSTRAINT plan_of_action_status CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED'))
);

CREATE SEQUENCE appeal_seq INCREMENT BY 50;
CREATE TABLE appeal (
    id                 bigint PRIMARY KEY,
    appeal_id          uuid NOT NULL,
    assessment_id      uuid NOT NULL,
    appealed_revision  integer NOT NULL,
    metric             varchar(64) NOT NULL,
    misses_appealed    bigint NOT NULL,
    reason             text NOT NULL,
    attachments        jsonb NOT NULL,
    status             varchar(16) NOT NULL,
    misses_accepted    bigint,
    decided_on         date,
    resulting_revision integer,
    created_at         timestamptz NOT NULL,
    decided_at         timestamptz,
    CONSTRAINT appeal_appeal_id_key UNIQUE (appeal_id),
    CONSTRAINT appeal_status CHECK (status IN ('OPEN', 'ACCEPTED', 'REJECTED'))
);

ALTER TABLE assessment ADD COLUMN appeal_id uuid;
