-- Where a seller or provider is told about its performance: one address and language per program
-- and subject, set by an evaluator; a subject without a row is not mailed (its notices are NO_CONTACT).

CREATE TABLE contact (
    program    varchar(32) NOT NULL,
    subject_id varchar(255) NOT NULL,
    email      varchar(254) NOT NULL,
    locale     varchar(16) NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (program, subject_id)
);
