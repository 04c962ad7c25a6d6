-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rows added at schema version 15: an entry of the district's shared catalogue (made up).
UPDATE services SET origin = 'network' WHERE id = (SELECT min(id) FROM services);
