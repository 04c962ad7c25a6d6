-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issue 14, the shared catalogue: one owner per entry. An entry the district hub published is
-- the network's ('network'): read-only at the desk, updated and ended by the hub's deltas only.
-- Everything else is the desk's own ('local'), which no update from the hub ever touches.
ALTER TABLE organizations ADD COLUMN origin TEXT NOT NULL DEFAULT 'local'
    CHECK (origin IN ('local', 'network'));
ALTER TABLE locations ADD COLUMN origin TEXT NOT NULL DEFAULT 'local'
    CHECK (origin IN ('local', 'network'));
ALTER TABLE services ADD COLUMN origin TEXT NOT NULL DEFAULT 'local'
    CHECK (origin IN ('local', 'network'));
