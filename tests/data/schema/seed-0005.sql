-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rows added at schema version 5: a referral with its needs, history and outbox rows.
INSERT INTO referrals(id, uid, person_id, session_id, kind, destination_type, urgency, state, feedback_due, sent_at, created_at, created_by, updated_at) VALUES
    (1, '0b6f5f2e-7a2d-4c57-9f55-000000000001', 1, 1, 'INVIO', 'SS_COMUNE', 'PRIOR', 'INVIATA', '2025-05-15', '2025-05-01T10:00:00Z', '2025-05-01T09:00:00Z', 2, '2025-05-01T10:00:00Z'),
    (2, '0b6f5f2e-7a2d-4c57-9f55-000000000002', NULL, 2, 'REGISTRATA', 'CAF', 'ORD', 'BOZZA', '', '', '2025-05-02T09:00:00Z', 2, '2025-05-02T09:00:00Z');
INSERT INTO referral_needs(referral_id, code) VALUES (1, 'CAS.SFRATTO'), (1, 'POV.INSUF'), (2, 'POV');
INSERT INTO referral_transitions(referral_id, from_state, to_state, reason, at, by_operator) VALUES
    (1, 'BOZZA', 'INVIATA', 'PEC', '2025-05-01T10:00:00Z', 2);
INSERT INTO personal_fields(entity_type, entity_id, field, sealed) VALUES ('referral', 1, 'note', x'4444');
INSERT INTO outbox(event_uid, event_type, payload, created_at) VALUES
    ('7c1e7a0a-0000-4000-8000-000000000001', 'referral.created', '{"stato":"BOZZA","dest_tipo":"SS_COMUNE"}', '2025-05-01T09:00:00Z'),
    ('7c1e7a0a-0000-4000-8000-000000000002', 'referral.status_changed', '{"stato":"INVIATA","dest_tipo":"SS_COMUNE"}', '2025-05-01T10:00:00Z'),
    ('7c1e7a0a-0000-4000-8000-000000000003', 'referral.logged', '{"stato":"BOZZA","dest_tipo":"CAF"}', '2025-05-02T09:00:00Z');
