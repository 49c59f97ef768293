-- A shadow rule set decides beside the active one and stores none of its decisions; what is kept is
-- which set is installed (at most one; its files are in rule_set_version, so it survives a restart)
-- and, per decision compared, what it decided differently (an empty list when it agreed).

CREATE TABLE shadow_rule_set (
    installed    boolean PRIMARY KEY DEFAULT true CHECK (installed),
    version      varchar(64) NOT NULL REFERENCES rule_set_version (version),
    since        timestamptz NOT NULL,
    installed_by varchar(128) NOT NULL
);

CREATE TABLE shadow_comparison (
    id             bigserial PRIMARY KEY,
    since          timestamptz NOT NULL,
    shadow_version varchar(64) NOT NULL,
    kind           varchar(32) NOT NULL,
    decision_id    varchar(64) NOT NULL,
    subject_id     varchar(64) NOT NULL,
    disagrees      boolean NOT NULL,
    differences    jsonb NOT NULL,
    compared_at    timestamptz NOT NULL DEFAULT now()
);
-- The summary counts one installation's comparisons (since) and lists its latest disagreements.
CREATE INDEX shadow_comparison_installation ON shadow_comparison (since, disagrees, id);
