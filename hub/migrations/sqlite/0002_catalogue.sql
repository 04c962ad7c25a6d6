-- SPDX-License-Identifier: GPL-3.0-or-later
-- The district catalogue the hub publishes: a row per version, and each service's latest
-- entry (an HSDS service with its organization and locations nested, as the desks import it)
-- with the version that last changed it. A removed service keeps its row, marked, so that a
-- delta tells the desks to remove it.

CREATE TABLE catalogue_versions (
    version      INTEGER PRIMARY KEY,
    published_at TEXT NOT NULL,
    services     INTEGER NOT NULL
);

CREATE TABLE catalogue_entries (
    uid          TEXT PRIMARY KEY,
    version      BIGINT NOT NULL REFERENCES catalogue_versions(version),
    removed      INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    body         TEXT NOT NULL,
    content_hash TEXT NOT NULL
);
CREATE INDEX catalogue_entries_version ON catalogue_entries(version);
