-- Issue 13, point 4: the desk's own records carry a MAC under a key only an unlocked vault has
-- (decision 32).
--
-- audit_log.mac: keyed BLAKE2b of the row's chain hash, hex; NULL for a row written while the
-- vault was locked (failed logins, locks, automatic purges, imports), filled in once at the next
-- unlock. The log stays append-only: the one update allowed gives a NULL mac its value and
-- changes nothing else.
ALTER TABLE audit_log ADD COLUMN mac TEXT;

DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (OLD.mac IS NULL AND NEW.mac IS NOT NULL
          AND NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.operator_id IS OLD.operator_id
          AND NEW.action IS OLD.action AND NEW.entity_type IS OLD.entity_type
          AND NEW.entity_id IS OLD.entity_id AND NEW.outcome IS OLD.outcome
          AND NEW.prev_hash IS OLD.prev_hash AND NEW.hash IS OLD.hash)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- operators.mac: "v1:<failed logins when sealed>:<hex MAC>" over id, username, role, active,
-- must_change_password and that count (the count only grows while the vault is locked).
ALTER TABLE operators ADD COLUMN mac TEXT;
