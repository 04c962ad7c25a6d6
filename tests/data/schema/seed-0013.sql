-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rows added at schema version 13: the sync's bookkeeping of an outbox item (a record that
-- failed twice and waits), and a hub's settings (made-up address and pin; no token: it is only
-- ever in the keychain).
UPDATE outbox SET attempts = 2, next_attempt_at = '2026-12-06T10:05:00.000Z', last_error = 'network'
    WHERE id = (SELECT min(id) FROM outbox);
INSERT OR REPLACE INTO settings(key, value, updated_at) VALUES
    ('hub.url', 'https://hub.example.it:8443', '2026-12-06T10:00:00.000Z'),
    ('hub.pin', 'sha256/AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=', '2026-12-06T10:00:00.000Z'),
    ('hub.token_account', 'hub-00000000deadbeef', '2026-12-06T10:00:00.000Z');
