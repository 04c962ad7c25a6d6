-- Issue 13, point 7: a person's id is never given again after an erasure, so an old paper,
-- audit row or letter that names "person 42" can never point at somebody else. SQLite reuses
-- the highest rowid once that row is deleted; AUTOINCREMENT would need the table rebuilt, which
-- the ON DELETE CASCADE of its children forbids. Instead the highest id ever given is kept here
-- (like sqlite_sequence) and the insert takes the next one.
CREATE TABLE id_high_water (
    name TEXT PRIMARY KEY,
    seq  INTEGER NOT NULL
);
INSERT INTO id_high_water(name, seq) SELECT 'people', coalesce(max(id), 0) FROM people;

CREATE TRIGGER people_id_high_water AFTER INSERT ON people
BEGIN
    UPDATE id_high_water SET seq = max(seq, NEW.id) WHERE name = 'people';
END;

-- Time in the audit log never goes backwards (decision 32), for the rows written from now on:
-- older desks wrote what their clock said, and their history must not be taken for tampering.
INSERT INTO settings(key, value, updated_at)
SELECT 'audit.monotonic_from', coalesce(max(id), 0) + 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM audit_log;
