-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rows added at schema version 10: none of its own (id_high_water is filled by the migration).
SELECT 1;
