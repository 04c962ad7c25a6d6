-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rows added at schema version 19: a service saved again (its triggers log it in the search
-- changes) and the record of a search snapshot whose file is not beside the fixture, as when a
-- profile is copied without it: the desk then builds its index afresh.
UPDATE services SET description = description || ' ' WHERE id = (SELECT min(id) FROM services);
INSERT INTO search_snapshot(id, seq, format, digest)
    VALUES (1, 0, 1, '0000000000000000000000000000000000000000000000000000000000000000');
