-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rows added at schema version 8: a service's interpretation services and waiting time.
UPDATE services SET interpretation_services = 'Mediatrice culturale il martedì',
    wait_time = 'Circa due settimane' WHERE id = 1;
