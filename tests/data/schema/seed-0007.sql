-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rows added at schema version 7: an outbox record of protocol v1, with the destination
-- organization and the days to take-over as a band.
INSERT INTO outbox(event_uid, event_type, payload, created_at) VALUES
    ('7c1e7a0a-0000-4000-8000-000000000004', 'referral.status_changed', '{"stato":"PRESA_IN_CARICO","dest_tipo":"SS_COMUNE","dest_org":"org-comune-pioltello","giorni_invio_presa_in_carico":"8-14"}', '2025-05-20T09:00:00Z');
