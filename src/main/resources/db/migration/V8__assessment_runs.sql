-- Weekly assessment runs: the posted lines are staged here as they arrive, then decided in chunks
-- in line order; done_through is the last line decided, moved in the same transaction as the
-- chunk's assessments, so a run resumes after a crash exactly where its last commit left it.

CREATE TABLE assessment_run (
    run_id            uuid PRIMARY KEY,
    status            varchar(16) NOT NULL,
    source            varchar(512) NOT NULL,
    created_by        varchar(255) NOT NULL,
    rule_set_version  varchar(64),
    lines             bigint NOT NULL DEFAULT 0,
    last_line         bigint NOT NULL DEFAULT 0,
    done_through      bigint NOT NULL DEFAULT 0,
    done              bigint NOT NULL DEFAULT 0,
    assessed          bigint NOT NULL DEFAULT 0,
    repeated          bigint NOT NULL DEFAULT 0,
    conflicts         bigint NOT NULL DEFAULT 0,
    rejected          bigint NOT NULL DEFAULT 0,
    failure           text,
    started_at        timestamptz NOT NULL,
    deciding_since    timestamptz,
    decided_before    bigint NOT NULL DEFAULT 0,
    finished_at       timestamptz,
    CONSTRAINT assessment_run_status CHECK (status IN ('RECEIVING', 'RUNNING', 'COMPLETED', 'FAILED'))
);
CREATE INDEX assessment_run_unfinished ON assessment_run (status) WHERE status IN ('RECEIVING', 'RUNNING');
CREATE INDEX assessment_run_source ON assessment_run (source) WHERE status IN ('RECEIVING', 'RUNNING');

CREATE TABLE assessment_run_line (
    run_id  uuid NOT NULL REFERENCES assessment_run (run_id) ON DELETE CASCADE,
    line_no bigint NOT NULL,
    body    text NOT NULL,
    PRIMARY KEY (run_id, line_no)
);

CREATE TABLE assessment_run_rejection (
    run_id  uuid NOT NULL REFERENCES assessment_run (run_id) ON DELETE CASCADE,
    line_no bigint NOT NULL,
    kind    varchar(16) NOT NULL,
    errors  jsonb NOT NULL,
    PRIMARY KEY (run_id, line_no),
    CONSTRAINT assessment_run_rejection_kind CHECK (kind IN ('INVALID', 'CONFLICT'))
);
