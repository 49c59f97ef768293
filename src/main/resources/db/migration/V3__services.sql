-- The Services program: providers, their evaluations with metric results, reviewers' account
-- actions and improvement plans (which also serve as appeals of a suspension).

CREATE SEQUENCE service_provider_seq INCREMENT BY 50;
CREATE TABLE service_provider (
    id            bigint PRIMARY KEY,
    provider_id   varchar(64) NOT NULL,
    first_seen_at timestamptz NOT NULL,
    CONSTRAINT service_provider_provider_id_key UNIQUE (provider_id)
);

CREATE SEQUENCE service_evaluation_seq INCREMENT BY 50;
CREATE TABLE service_evaluation (
    id                 bigint PRIMARY KEY,
    evaluation_id      uuid NOT NULL,
    provider_ref       bigint NOT NULL REFERENCES service_provider (id),
    period_start       date NOT NULL,
    period_end         date NOT NULL,
    input_facts        jsonb NOT NULL,
    rule_set_version   varchar(64) NOT NULL REFERENCES rule_set_version (version),
    fired_rules        jsonb NOT NULL,
    performance_status varchar(16) NOT NULL,
    missed_metrics     jsonb NOT NULL,
    created_at         timestamptz NOT NULL,
    CONSTRAINT service_evaluation_evaluation_id_key UNIQUE (evaluation_id),
    CONSTRAINT service_evaluation_period UNIQUE (provider_ref, period_start, period_end),
    CONSTRAINT service_evaluation_period_order CHECK (period_end >= period_start)
);

CREATE SEQUENCE service_metric_result_seq INCREMENT BY 50;
CREATE TABLE service_metric_result (
    id             bigint PRIMARY KEY,
    evaluation_ref bigint NOT NULL REFERENCES service_evaluation (id),
    position       integer NOT NULL,
    metric         varchar(64) NOT NULL,
    numerator      bigint NOT NULL,
    denominator    bigint NOT NULL,
    rate           numeric(20, 6),
    goal           numeric(20, 6),
    comparison     varchar(16) NOT NULL,
    status         varchar(16) NOT NULL,
    CONSTRAINT service_metric_result_metric_key UNIQUE (evaluation_ref, metric)
);

CREATE SEQUENCE account_action_seq INCREMENT BY 50;
CREATE TABLE account_action (
    id                        bigint PRIMARY KEY,
    provider_ref              bigint NOT NULL REFERENCES service_provider (id),
    action                    varchar(32) NOT NULL,
    action_on                 date NOT NULL,
    reinstates_on             date,
    improvement_plan_required boolean NOT NULL,
    created_at                timestamptz NOT NULL
);
CREATE INDEX account_action_provider ON account_action (provider_ref, id);

CREATE SEQUENCE improvement_plan_seq INCREMENT BY 50;
CREATE TABLE improvement_plan (
    id            bigint PRIMARY KEY,
    plan_id       uuid NOT NULL,
    provider_ref  bigint NOT NULL REFERENCES service_provider (id),
    plan          text NOT NULL,
    appeal_reason text,
    submitted_on  date NOT NULL,
    status        varchar(16) NOT NULL,
    decided_on    date,
    comment       text,
    created_at    timestamptz NOT NULL,
    CONSTRAINT improvement_plan_plan_id_key UNIQUE (plan_id),
    CONSTRAINT improvement_plan_status CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED'))
);
