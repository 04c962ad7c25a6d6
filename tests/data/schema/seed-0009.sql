-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rows added at schema version 9: a second operator, whose row (like every row of an upgraded
-- profile) has no integrity seal until the desk's first unlock.
INSERT INTO operators(username, display_name, role, password_hash, active, must_change_password,
                      created_at, created_by, password_changed_at)
VALUES ('bruno9', 'Bruno Nove', 'operatore', '$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g',
        1, 1, '2025-09-01T09:00:00.000Z', 1, '2025-09-01T09:00:00.000Z');
