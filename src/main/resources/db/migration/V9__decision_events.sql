-- Decision events: the outbox they are written to in the transaction of the decision, and what
-- each seller and provider was last told, so that a change is announced once.

CREATE TABLE decision_event (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id         uuid NOT NULL,
    type             varchar(32) NOT NULL,
    program          varchar(32) NOT NULL,
    subject_id       varchar(255) NOT NULL,
    effective_on     date NOT NULL,
    payload          jsonb NOT NULL,
    recorded_at      timestamptz NOT NULL,
    published_at     timestamptz,
    CONSTRAINT decision_event_event_id_key UNIQUE (event_id)
);
-- The relay reads the unpublished events in the order they were recorded.
CREATE INDEX decision_event_unpublished ON decision_event (id) WHERE published_at IS NULL;
CREATE INDEX decision_event_subject ON decision_event (program, subject_id, id);

-- The FBA Onsite standing a seller was last told, as of a day; next_change_on is the first later
-- day on which the passage of time alone may change it (a strike expiring, a reactivation day).
CREATE TABLE announced_standing (
    seller_ref     bigint PRIMARY KEY REFERENCES seller (id),
    as_of          date NOT NULL,
    account_status varchar(16) NOT NULL,
    prime_badge    boolean NOT NULL,
    next_change_on date
);
CREATE INDEX announced_standing_next_change ON announced_standing (next_change_on)
    WHERE next_change_on IS NOT NULL;

-- The Services account status a provider was last told, as of a day; next_change_on is an
-- automatic reinstatement day still to come.
CREATE TABLE announced_account (
    provider_ref   bigint PRIMARY KEY REFERENCES service_provider (id),
    as_of          date NOT NULL,
    account_status varchar(32) NOT NULL,
    next_change_on date
);
CREATE INDEX announced_account_next_change ON announced_account (next_change_on)
    WHERE next_change_on IS NOT NULL;
