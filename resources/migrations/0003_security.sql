-- SPDX-License-Identifier: GPL-3.0-or-later
-- Operators and their roles, the key vault, encrypted personal fields with their blind index,
-- and the append-only, hash-chained audit log.

CREATE TABLE operators (
    id                   INTEGER PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(username) BETWEEN 2 AND 40),
    display_name         TEXT NOT NULL CHECK (length(display_name) > 0),
    role                 TEXT NOT NULL CHECK (role IN ('operatore', 'facilitatore', 'coordinatore')),
    password_hash        TEXT NOT NULL,
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    last_failed_at       TEXT NOT NULL DEFAULT '',
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    created_at           TEXT NOT NULL,
    created_by           INTEGER REFERENCES operators(id),
    password_changed_at  TEXT NOT NULL
);

-- The master key, wrapped once per operator (key derived from the password with Argon2id) and
-- once for the recovery key; XChaCha20-Poly1305, so a wrong password fails authentication.
CREATE TABLE vault_wraps (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('operator', 'recovery')),
    operator_id INTEGER UNIQUE REFERENCES operators(id) ON DELETE CASCADE,
    salt        BLOB NOT NULL,
    opslimit    INTEGER NOT NULL,
    memlimit    INTEGER NOT NULL,
    nonce       BLOB NOT NULL,
    wrapped_key BLOB NOT NULL,
    created_at  TEXT NOT NULL,
    CHECK ((kind = 'operator') = (operator_id IS NOT NULL))
);
CREATE UNIQUE INDEX vault_wraps_one_recovery ON vault_wraps(kind) WHERE kind = 'recovery';

-- Personal fields (names, codice fiscale, phone, e-mail, address, notes): nonce || ciphertext,
-- bound by the associated data to their entity and field.
CREATE TABLE personal_fields (
    entity_type TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    field       TEXT NOT NULL,
    sealed      BLOB NOT NULL,
    PRIMARY KEY (entity_type, entity_id, field)
) WITHOUT ROWID;

-- Keyed hashes of normalized values (e.g. codice fiscale) for exact look-ups.
CREATE TABLE blind_index (
    purpose     TEXT NOT NULL,
    mac         BLOB NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    PRIMARY KEY (purpose, mac, entity_type, entity_id)
) WITHOUT ROWID;
CREATE INDEX blind_index_entity ON blind_index(entity_type, entity_id);

-- Who did what, when — never personal content. AUTOINCREMENT keeps the highest id ever used
-- in sqlite_sequence, so a removed last row is noticed by the chain check.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    operator_id INTEGER,
    action      TEXT NOT NULL,
    entity_type TEXT NOT NULL DEFAULT '',
    entity_id   TEXT NOT NULL DEFAULT '',
    outcome     TEXT NOT NULL DEFAULT 'ok',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_operator ON audit_log(operator_id, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
