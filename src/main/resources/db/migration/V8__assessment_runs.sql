-- Weekly assessment runs: the posted lines are staged here as they arrive, each in one of the run's
-- parts (by a hash of its seller id, so a seller's lines are all in one part), then each part is
-- decided in chunks in line order; a part's done_through is the last line it decided, moved in the
-- same transaction as the chunk's assessments, so a run resumes after a crash exactly where the
-- last commit of each part left it.

CREATE TABLE assessment_run (
    run_id            uuid PRIMARY KEY,
    status            varchar(16) NOT NULL,
    source            varchar(512) NOT NULL,
    created_by        varchar(255) NOT NULL,
    rule_set_version  varchar(64),
    parts             integer NOT NULL,
    lines             bigint NOT NULL DEFAULT 0,
    last_line         bigint NOT NULL DEFAULT 0,
    -- lines refused while staging (too long); the parts count the rest
    rejected          bigint NOT NULL DEFAULT 0,
    failure           text,
    started_at        timestamptz NOT NULL,
    deciding_since    timestamptz,
    decided_before    bigint NOT NULL DEFAULT 0,
    finished_at       timestamptz,
    CONSTRAINT assessment_run_parts CHECK (parts >= 1),
    CONSTRAINT assessment_run_status CHECK (status IN ('RECEIVING', 'RUNNING', 'COMPLETED', 'FAILED'))
);
CREATE INDEX assessment_run_unfinished ON assessment_run (status) WHERE status IN ('RECEIVING', 'RUNNING');
CREATE INDEX assessment_run_source ON assessment_run (source) WHERE status IN ('RECEIVING', 'RUNNING');

CREATE TABLE assessment_run_part (
    run_id       uuid NOT NULL REFERENCES assessment_run (run_id) ON DELETE CASCADE,
    part         integer NOT NULL,
    done_through bigint NOT NULL DEFAULT 0,
    done         bigint NOT NULL DEFAULT 0,
    assessed     bigint NOT NULL DEFAULT 0,
    repeated     bigint NOT NULL DEFAULT 0,
    conflicts    bigint NOT NULL DEFAULT 0,
    rejected     bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, part)
);

CREATE TABLE assessment_run_line (
    run_id  uuid NOT NULL REFERENCES assessment_run (run_id) ON DELETE CASCADE,
    part    integer NOT NULL,
    line_no bigint NOT NULL,
    body    text NOT NULL,
    PRIMARY KEY (run_id, part, line_no)
);

CREATE TABLE assessment_run_rejection (
    run_id  uuid NOT NULL REFERENCES assessment_run (run_id) ON DELETE CASCADE,
    line_no bigint NOT NULL,
    kind    varchar(16) NOT NULL,
    errors  jsonb NOT NULL,
    PRIMARY KEY (run_id, line_no),
    CONSTRAINT assessment_run_rejection_kind CHECK (kind IN ('INVALID', 'CONFLICT'))
);
