-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rows added at schema version 18: a person's board consent (the new purpose the consents table
-- was made again for) and the desk's board queue — a post entered for that person, delivered,
-- and the credentials of a web account, waiting.
INSERT INTO consents(person_id, purpose, method, given_at, text_version, recorded_by)
    SELECT min(id), 'BACHECA', 'MODULO_FIRMATO', '2026-12-07T10:00:00.000Z', 'desk-1',
           (SELECT min(id) FROM operators)
    FROM people;
INSERT INTO board_queue(id, type, payload, post_id, person_id, created_at, created_by, state,
                        settled_at)
    SELECT '0b6c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3', 'post.create', '{}',
           '1c2d3e4f-5061-4728-9a3b-4c5d6e7f8091', min(id), '2026-12-07T10:01:00.000Z',
           (SELECT min(id) FROM operators), 'DELIVERED', '2026-12-07T10:05:00.000Z'
    FROM people;
INSERT INTO board_queue(id, type, payload, created_at, state)
    VALUES ('2d3e4f50-6172-4839-8a4b-5c6d7e8f9012', 'account.activate',
            '{"account_id":"3e4f5061-7283-4a9b-8c5d-6e7f80912345"}', '2026-12-07T10:02:00.000Z',
            'QUEUED');
