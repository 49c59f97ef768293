-- Idempotency-Key claims: a retried POST with the same key and body gets the stored answer.
CREATE TABLE idempotency_key (
    principal       varchar(128) NOT NULL,
    idempotency_key varchar(255) NOT NULL,
    scope           varchar(255) NOT NULL,
    request_hash    varchar(64) NOT NULL,
    status          varchar(16) NOT NULL,
    response_status integer,
    response_body   text,
    location        text,
    created_at      timestamptz NOT NULL,
    CONSTRAINT idempotency_key_pkey PRIMARY KEY (principal, idempotency_key),
    CONSTRAINT idempotency_key_status CHECK (status IN ('IN_PROGRESS', 'COMPLETED'))
);
