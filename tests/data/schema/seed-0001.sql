-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rows a desk had at schema version 1 (settings only). Made-up values.
INSERT INTO settings(key, value, updated_at) VALUES
    ('profile.kind', 'desk', '2025-01-10T09:00:00Z'),
    ('desk.name', 'Sportello di prova', '2025-01-10T09:00:00Z'),
    ('desk.code', 'PRV-1', '2025-01-10T09:00:00Z');
