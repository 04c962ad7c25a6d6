-- SPDX-License-Identifier: GPL-3.0-or-later
-- The Bacheca (issue 16): a store with its own purpose. Its tables hold what the registrants
-- give for the board, by their consent, under the board's own notice and retention; nothing
-- here is ever joined with the referral records above (decision 46).

-- A citizen, an organization, a Comune's social services or a network operator. An account is
-- IN_ATTESA until a network operator, having checked who it is, issues its credentials
-- (ATTIVO); SOSPESO stops it without deleting it. The password is kept as an Argon2id string.
CREATE TABLE board_accounts (
    id                   TEXT PRIMARY KEY,
    kind                 TEXT NOT NULL,
    username             TEXT NOT NULL UNIQUE,
    display_name         TEXT NOT NULL,
    contact              TEXT NOT NULL DEFAULT '',
    comune               TEXT NOT NULL DEFAULT '',
    password_hash        TEXT NOT NULL,
    state                TEXT NOT NULL,
    must_change_password SMALLINT NOT NULL DEFAULT 0,
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT,
    created_at           TEXT NOT NULL,
    activated_at         TEXT,
    activated_by         TEXT,
    last_seen_at         TEXT NOT NULL,
    notice_sent_at       TEXT
);
CREATE INDEX board_accounts_state ON board_accounts(state);
CREATE INDEX board_accounts_seen ON board_accounts(last_seen_at);

-- A logged-in browser: a hash of its cookie's token, never the token, and its form token.
CREATE TABLE board_sessions (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES board_accounts(id) ON DELETE CASCADE,
    csrf       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX board_sessions_account ON board_sessions(account_id);

CREATE TABLE board_posts (
    id            TEXT PRIMARY KEY,
    account_id    TEXT NOT NULL REFERENCES board_accounts(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    category      TEXT NOT NULL,
    comune        TEXT NOT NULL,
    neighbourhood TEXT NOT NULL DEFAULT '',
    schedule      TEXT NOT NULL,
    for_whom      TEXT NOT NULL,
    notes         TEXT NOT NULL DEFAULT '',
    capacity      INTEGER NOT NULL DEFAULT 1,
    state         TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX board_posts_open ON board_posts(category, kind, state);
CREATE INDEX board_posts_account ON board_posts(account_id);

CREATE TABLE board_matches (
    id               TEXT PRIMARY KEY,
    offer_id         TEXT NOT NULL REFERENCES board_posts(id) ON DELETE CASCADE,
    request_id       TEXT NOT NULL REFERENCES board_posts(id) ON DELETE CASCADE,
    state            TEXT NOT NULL,
    offer_accepted   SMALLINT NOT NULL DEFAULT 0,
    request_accepted SMALLINT NOT NULL DEFAULT 0,
    cancel_reason    TEXT,
    cancelled_by     TEXT,
    offer_feedback   TEXT,
    request_feedback TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (offer_id, request_id)
);
CREATE INDEX board_matches_request ON board_matches(request_id);
