-- SPDX-License-Identifier: GPL-3.0-or-later
-- Referrals to Social Services and other bodies, every move of their state machine, and the
-- outbox of anonymized records for the district hub, written in the same transaction as the
-- change each one describes. The note for the destination is sealed in personal_fields.

CREATE TABLE referrals (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    person_id        INTEGER REFERENCES people(id) ON DELETE SET NULL,
    session_id       INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('REGISTRATA', 'INVIO')),
    destination_type TEXT NOT NULL,
    destination_uid  TEXT NOT NULL DEFAULT '',
    urgency          TEXT NOT NULL CHECK (urgency IN ('ORD', 'PRIOR', 'URG')),
    state            TEXT NOT NULL,
    final_outcome    TEXT NOT NULL DEFAULT '',
    feedback_due     TEXT NOT NULL DEFAULT '',
    sent_at          TEXT NOT NULL DEFAULT '',
    taken_over_at    TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    created_by       INTEGER REFERENCES operators(id),
    updated_at       TEXT NOT NULL
);
CREATE INDEX referrals_person ON referrals(person_id);
CREATE INDEX referrals_state ON referrals(state, feedback_due);

CREATE TABLE referral_needs (
    referral_id INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    PRIMARY KEY (referral_id, code)
);

CREATE TABLE referral_transitions (
    id          INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
    from_state  TEXT NOT NULL,
    to_state    TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL,
    by_operator INTEGER REFERENCES operators(id)
);
CREATE INDEX referral_transitions_referral ON referral_transitions(referral_id, id);

-- Anonymized records waiting for the hub; event_uid is also the Idempotency-Key.
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY,
    event_uid  TEXT NOT NULL UNIQUE,
    event_type TEXT NOT NULL,
    payload    TEXT NOT NULL CHECK (json_valid(payload)),
    created_at TEXT NOT NULL,
    state      TEXT NOT NULL DEFAULT 'QUEUED'
);
CREATE INDEX outbox_state ON outbox(state, id);
