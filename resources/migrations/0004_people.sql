-- SPDX-License-Identifier: GPL-3.0-or-later
-- People received at the desk (coded fields only: names, codice fiscale, contacts and address
-- are sealed in personal_fields), their consents, listening sessions and follow-ups.

CREATE TABLE people (
    id                 INTEGER PRIMARY KEY,
    birth_year         INTEGER NOT NULL DEFAULT 0 CHECK (birth_year = 0 OR birth_year BETWEEN 1880 AND 2200),
    birth_date         TEXT NOT NULL DEFAULT '',
    gender             TEXT NOT NULL,
    residence          TEXT NOT NULL,
    citizenship        TEXT NOT NULL,
    household_type     TEXT NOT NULL,
    household_size     INTEGER NOT NULL CHECK (household_size >= -3),
    minors             INTEGER NOT NULL CHECK (minors >= -3),
    employment         TEXT NOT NULL,
    education          TEXT NOT NULL,
    language           TEXT NOT NULL,
    contact_preference TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    created_by         INTEGER REFERENCES operators(id)
);
CREATE INDEX people_created ON people(created_at);

CREATE TABLE consents (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    purpose      TEXT NOT NULL CHECK (purpose IN ('DATI_PERSONALI', 'CATEGORIE_PARTICOLARI', 'INVIO_IDENTIFICATO', 'CONTATTO_TELEFONICO')),
    method       TEXT NOT NULL CHECK (method IN ('MODULO_FIRMATO', 'VERBALE')),
    given_at     TEXT NOT NULL,
    text_version TEXT NOT NULL,
    recorded_by  INTEGER REFERENCES operators(id),
    revoked_at   TEXT NOT NULL DEFAULT '',
    revoked_by   INTEGER REFERENCES operators(id)
);
CREATE INDEX consents_person ON consents(person_id, purpose);

-- person_id NULL: an anonymous walk-in, counted in statistics. The code lists of a session keep
-- their rowid so they read back in the order the operator picked them.
CREATE TABLE sessions (
    id                 INTEGER PRIMARY KEY,
    uid                TEXT NOT NULL UNIQUE,
    person_id          INTEGER REFERENCES people(id) ON DELETE SET NULL,
    started_at         TEXT NOT NULL,
    duration_minutes   INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes BETWEEN 0 AND 1440),
    desk_code          TEXT NOT NULL DEFAULT '',
    operator_id        INTEGER REFERENCES operators(id),
    type               TEXT NOT NULL,
    channel            TEXT NOT NULL,
    arrival            TEXT NOT NULL,
    facilitation_kind  TEXT NOT NULL DEFAULT '',
    facilitation_goal  TEXT NOT NULL DEFAULT '' CHECK (facilitation_goal IN ('', 'RAGGIUNTO', 'NON_RAGGIUNTO')),
    facilitation_failure TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL
);
CREATE INDEX sessions_person ON sessions(person_id, started_at);
CREATE INDEX sessions_started ON sessions(started_at);

CREATE TABLE session_needs (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    code       TEXT NOT NULL,
    macro      TEXT NOT NULL,
    PRIMARY KEY (session_id, code)
);
CREATE INDEX session_needs_macro ON session_needs(macro);

CREATE TABLE session_services (
    session_id        INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    service_uid       TEXT NOT NULL,
    service_name      TEXT NOT NULL,
    catalogue_version INTEGER NOT NULL,
    PRIMARY KEY (session_id, service_uid)
);

CREATE TABLE session_outcomes (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    code       TEXT NOT NULL,
    PRIMARY KEY (session_id, code)
);

CREATE TABLE session_ambiti (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    code       TEXT NOT NULL,
    PRIMARY KEY (session_id, code)
);

CREATE TABLE follow_ups (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER REFERENCES people(id) ON DELETE CASCADE,
    session_id  INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
    due         TEXT NOT NULL,
    assignee_id INTEGER REFERENCES operators(id),
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES operators(id),
    done_at     TEXT NOT NULL DEFAULT '',
    done_by     INTEGER REFERENCES operators(id),
    outcome     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX follow_ups_open ON follow_ups(done_at, due);
CREATE INDEX follow_ups_person ON follow_ups(person_id);
