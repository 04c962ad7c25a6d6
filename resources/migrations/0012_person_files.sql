-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issue 13, point 6 (decision 35): every file the desk writes that names a person (a referral
-- letter, a consent form with the name, a subject-access export) is recorded, so that erasing
-- the person can list what must be deleted outside the database too. The path may itself say
-- something about the person, so it is sealed by the vault; the row goes with the person.
CREATE TABLE person_files (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('letter', 'consent_form', 'subject_access')),
    sealed_path BLOB NOT NULL,
    written_at  TEXT NOT NULL,
    written_by  INTEGER REFERENCES operators(id)
);
CREATE INDEX person_files_person ON person_files(person_id);
