-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rows added at schema version 12: a file recorded for a person (the sealed path is made up).
INSERT INTO person_files(person_id, kind, sealed_path, written_at, written_by) VALUES
    ((SELECT min(id) FROM people), 'letter', x'00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff00112233',
     '2026-12-06T10:00:00Z', NULL);
