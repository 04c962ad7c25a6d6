-- SPDX-License-Identifier: GPL-3.0-or-later
-- The hub's first schema (SQLite): the district, the enrolled desks (a hash of each token,
-- never the token), the events the desks sent, each stored once, the hub's view of each
-- referral (the latest anonymized record, never a personal datum), the destinations'
-- answers, the events addressed to each desk in the order of a per-desk counter, and the
-- desks' reports about outdated catalogue entries.

CREATE TABLE district (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    name   TEXT NOT NULL,
    comuni TEXT NOT NULL
);

CREATE TABLE desks (
    id                     TEXT PRIMARY KEY,
    name                   TEXT NOT NULL UNIQUE,
    comune                 TEXT NOT NULL,
    organization_uid       TEXT NOT NULL DEFAULT '',
    token_hash             TEXT NOT NULL UNIQUE,
    previous_token_hash    TEXT UNIQUE,
    previous_valid_until   TEXT,
    created_at             TEXT NOT NULL,
    revoked_at             TEXT,
    feed_seq               BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX desks_organization ON desks(organization_uid);

CREATE TABLE events (
    id           TEXT PRIMARY KEY,
    desk_id      TEXT NOT NULL REFERENCES desks(id),
    type         TEXT NOT NULL,
    occurred_at  TEXT NOT NULL,
    data         TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    received_at  TEXT NOT NULL
);

CREATE TABLE referrals (
    ref_uuid    TEXT PRIMARY KEY,
    origin_desk TEXT NOT NULL REFERENCES desks(id),
    dest_org    TEXT,
    record      TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX referrals_dest_org ON referrals(dest_org);

CREATE TABLE answers (
    event_id     TEXT PRIMARY KEY,
    ref_uuid     TEXT NOT NULL REFERENCES referrals(ref_uuid),
    state        TEXT NOT NULL,
    reason       TEXT,
    outcome      TEXT,
    recorded_at  TEXT NOT NULL
);
CREATE INDEX answers_referral ON answers(ref_uuid);

CREATE TABLE feed (
    desk_id     TEXT NOT NULL REFERENCES desks(id),
    seq         BIGINT NOT NULL,
    event_id    TEXT NOT NULL,
    type        TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    data        TEXT NOT NULL,
    PRIMARY KEY (desk_id, seq),
    UNIQUE (desk_id, event_id)
);

CREATE TABLE catalogue_feedback (
    event_id          TEXT PRIMARY KEY REFERENCES events(id),
    desk_id           TEXT NOT NULL REFERENCES desks(id),
    service_id        TEXT NOT NULL,
    problem           TEXT NOT NULL,
    catalogue_version BIGINT,
    received_at       TEXT NOT NULL
);
