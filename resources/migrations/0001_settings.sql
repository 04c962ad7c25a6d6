-- SPDX-License-Identifier: GPL-3.0-or-later
-- Profile-wide settings: one value per key (profile kind, demo content version, …).
CREATE TABLE settings (
    key        TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 100),
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
