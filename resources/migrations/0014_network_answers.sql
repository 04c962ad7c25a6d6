-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issue 14, the closed loop at the desk. A move of a referral may come from the network (the
-- destination's answer through the hub): the history says so. Every answer the hub sends about
-- a referral of this desk is kept, applied or not: one the local state machine does not allow
-- (a closure of a referral still waiting here, an answer to a cancelled one) is shown to the
-- operator, never dropped; the hub's event id makes receiving it twice harmless. Referrals
-- addressed to this desk by other desks of the network (it is their destination) are kept as
-- the hub sent them, anonymized: the record and its code only, with this desk's answer.
ALTER TABLE referral_transitions ADD COLUMN from_network INTEGER NOT NULL DEFAULT 0
    CHECK (from_network IN (0, 1));

CREATE TABLE network_answers (
    event_uid     TEXT PRIMARY KEY,
    referral_id   INTEGER REFERENCES referrals(id) ON DELETE CASCADE,
    ref_uuid      TEXT NOT NULL,
    state         TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    final_outcome TEXT NOT NULL DEFAULT '',
    answered_at   TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    applied       INTEGER NOT NULL CHECK (applied IN (0, 1))
);
CREATE INDEX network_answers_referral ON network_answers(referral_id);

CREATE TABLE received_referrals (
    id            INTEGER PRIMARY KEY,
    ref_uuid      TEXT NOT NULL UNIQUE,
    record        TEXT NOT NULL CHECK (json_valid(record)),
    state         TEXT NOT NULL DEFAULT 'RICEVUTA',
    reason        TEXT NOT NULL DEFAULT '',
    final_outcome TEXT NOT NULL DEFAULT '',
    received_at   TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
