-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rows added at schema version 3: two operators, the vault's wraps, sealed fields and a blind
-- index (the bytes are placeholders: no key opens them). The audit rows are appended by the
-- fixture writer through the real AuditLog, so their hash chain is valid.
INSERT INTO operators(id, username, display_name, role, password_hash, created_at, password_changed_at) VALUES
    (1, 'coord', 'Coordinatrice', 'coordinatore', 'placeholder', '2025-03-01T09:00:00Z', '2025-03-01T09:00:00Z'),
    (2, 'volo', 'Volontario', 'operatore', 'placeholder', '2025-03-01T09:05:00Z', '2025-03-01T09:05:00Z');
UPDATE operators SET created_by = 1 WHERE id = 2;
INSERT INTO vault_wraps(kind, operator_id, salt, opslimit, memlimit, nonce, wrapped_key, created_at) VALUES
    ('operator', 1, x'00112233445566778899aabbccddeeff', 2, 67108864, x'000102030405060708090a0b0c0d0e0f1011121314151617', x'aa', '2025-03-01T09:00:00Z'),
    ('recovery', NULL, x'ffeeddccbbaa99887766554433221100', 0, 0, x'17161514131211100f0e0d0c0b0a09080706050403020100', x'bb', '2025-03-01T09:00:00Z');
INSERT INTO personal_fields(entity_type, entity_id, field, sealed) VALUES
    ('operator-note', 1, 'text', x'0102030405');
INSERT INTO blind_index(purpose, mac, entity_type, entity_id) VALUES
    ('operator.test', x'0a0b0c', 'operator-note', 1);
