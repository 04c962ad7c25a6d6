-- SPDX-License-Identifier: GPL-3.0-or-later
-- The neighbourhood board at the desk (issue 16, point 7; decision 49). A consent purpose of its
-- own, BACHECA: a request or an offer entered for a person at the counter needs it, recorded
-- like the other consents. SQLite cannot change a CHECK, so the consents table is made again
-- with every row kept (nothing refers to it).
CREATE TABLE consents_0018 (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    purpose      TEXT NOT NULL CHECK (purpose IN ('DATI_PERSONALI', 'CATEGORIE_PARTICOLARI', 'INVIO_IDENTIFICATO', 'CONTATTO_TELEFONICO', 'BACHECA')),
    method       TEXT NOT NULL CHECK (method IN ('MODULO_FIRMATO', 'VERBALE')),
    given_at     TEXT NOT NULL,
    text_version TEXT NOT NULL,
    recorded_by  INTEGER REFERENCES operators(id),
    revoked_at   TEXT NOT NULL DEFAULT '',
    revoked_by   INTEGER REFERENCES operators(id)
);
INSERT INTO consents_0018(id, person_id, purpose, method, given_at, text_version, recorded_by,
                          revoked_at, revoked_by)
    SELECT id, person_id, purpose, method, given_at, text_version, recorded_by, revoked_at,
           revoked_by
    FROM consents;
DROP TABLE consents;
ALTER TABLE consents_0018 RENAME TO consents;
CREATE INDEX consents_person ON consents(person_id, purpose);

-- What the desk asked of the board, queued until the sync engine hands it to the hub
-- (POST /v1/board/actions): a post entered for a person, a proposal, an answer to a match, the
-- credentials of a pending account. Apart from the outbox, which holds anonymized records only:
-- a board post is the person's own, given with the BACHECA consent. `payload` is the action's
-- JSON, emptied once the hub applied it; a post keeps its id and its person so that erasing the
-- person withdraws the post from the board (and the row goes with the person).
CREATE TABLE board_queue (
    id           TEXT PRIMARY KEY,
    type         TEXT NOT NULL,
    payload      TEXT NOT NULL,
    post_id      TEXT NOT NULL DEFAULT '',
    person_id    INTEGER REFERENCES people(id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES operators(id),
    state        TEXT NOT NULL DEFAULT 'QUEUED' CHECK (state IN ('QUEUED', 'DELIVERED', 'FAILED')),
    error        TEXT NOT NULL DEFAULT '',
    settled_at   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX board_queue_state ON board_queue(state, created_at);
CREATE INDEX board_queue_person ON board_queue(person_id);
