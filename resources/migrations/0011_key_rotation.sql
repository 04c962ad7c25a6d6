-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issue 13, point 2 (decision 34): the master key can be replaced without the holders'
-- passwords, and the password is checked by opening its wrap alone.
--
-- vault_wraps version 2: wrapped_key holds an X25519 secret key (sealed under the key derived
-- from the password or the recovery secret), public_key its public half, sealed_master the
-- master key sealed to it. Version-1 rows (the master key itself in wrapped_key) are rewritten
-- at their holder's next login.
ALTER TABLE vault_wraps ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version IN (1, 2));
ALTER TABLE vault_wraps ADD COLUMN public_key BLOB;
ALTER TABLE vault_wraps ADD COLUMN sealed_master BLOB;

-- The separate Argon2id hash goes: the wrap authenticates the password (its AEAD tag).
ALTER TABLE operators DROP COLUMN password_hash;

-- A rotation computes every audit MAC again under the new key: an update may now replace a
-- mac, still changing nothing else (a forger without the key cannot make a valid one).
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (NEW.mac IS NOT NULL
          AND NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.operator_id IS OLD.operator_id
          AND NEW.action IS OLD.action AND NEW.entity_type IS OLD.entity_type
          AND NEW.entity_id IS OLD.entity_id AND NEW.outcome IS OLD.outcome
          AND NEW.prev_hash IS OLD.prev_hash AND NEW.hash IS OLD.hash)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
