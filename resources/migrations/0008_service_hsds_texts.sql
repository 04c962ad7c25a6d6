-- SPDX-License-Identifier: GPL-3.0-or-later
-- Two texts of HSDS services that standard catalogues publish (docs/decisions.md, 22): the
-- interpreters or cultural mediators available, and how long one waits for the service.

ALTER TABLE services ADD COLUMN interpretation_services TEXT NOT NULL DEFAULT '';
ALTER TABLE services ADD COLUMN wait_time TEXT NOT NULL DEFAULT '';
