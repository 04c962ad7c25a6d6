-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issue 14: the sync engine's bookkeeping for each outbox item. How many deliveries were tried
-- without settling it, when the next one may start (per item, so an item that keeps failing
-- never holds back those behind it), the last problem as a code (a network or protocol class,
-- or the hub's problem type and field — never a person's data: the records are anonymized),
-- and when it was settled (delivered, rejected or discarded).
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_attempt_at TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN settled_at TEXT NOT NULL DEFAULT '';
