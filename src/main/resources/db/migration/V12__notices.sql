-- Notices: what a seller or provider is told by mail, written in the transaction of the decision
-- that makes them (a summary of each assessment revision, each change of its standing), rendered
-- then in the subject's language, and sent afterwards by the mail relay, at least once, in order.

CREATE TABLE notice (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    notice_id       uuid NOT NULL,
    kind            varchar(32) NOT NULL,
    program         varchar(32) NOT NULL,
    subject_id      varchar(255) NOT NULL,
    effective_on    date NOT NULL,
    locale          varchar(16) NOT NULL,
    to_address      varchar(254),
    subject         varchar(500) NOT NULL,
    body_text       text NOT NULL,
    body_html       text NOT NULL,
    -- PENDING, SENT, FAILED (tried, tried again until attempts reach the relay's limit) or NO_CONTACT
    status          varchar(16) NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    last_error      varchar(1000),
    accepted_at     timestamptz,
    recorded_at     timestamptz NOT NULL,
    CONSTRAINT notice_notice_id_key UNIQUE (notice_id)
);
-- The relay reads the notices still to send in the order they were recorded.
CREATE INDEX notice_to_send ON notice (id) WHERE status IN ('PENDING', 'FAILED');
CREATE INDEX notice_subject ON notice (program, subject_id, id);
