-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rows added at schema version 11: a version-2 wrap (key pair, sealed master key) for an
-- operator of version 3's seed; the bytes are made up, the shape is the new one.
INSERT INTO operators(username, display_name, role, created_at, password_changed_at) VALUES
    ('giulia', 'Giulia Verdi', 'operatore', '2026-12-06T09:00:00Z', '2026-12-06T09:00:00Z');
INSERT INTO vault_wraps(kind, operator_id, salt, opslimit, memlimit, nonce, wrapped_key, version,
                        public_key, sealed_master, created_at) VALUES
    ('operator', (SELECT id FROM operators WHERE username = 'giulia'), zeroblob(16), 3,
     268435456, zeroblob(24), zeroblob(48), 2, zeroblob(32), zeroblob(80),
     '2026-12-06T09:00:00Z');
