-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rows added at schema version 14: a move received from the network, an answer the desk kept
-- without applying, and a referral received as a destination (made-up codes, no person).
UPDATE referral_transitions SET from_network = 1 WHERE id = (SELECT max(id) FROM referral_transitions);
INSERT INTO network_answers(event_uid, referral_id, ref_uuid, state, reason, final_outcome,
                            answered_at, received_at, applied) VALUES
    ('0190f1a2-0000-7000-8000-000000000001', (SELECT min(id) FROM referrals),
     '0190f1a2-0000-7000-8000-0000000000aa', 'CHIUSA', '', 'RISOLTA',
     '2026-12-06T10:00:00.000Z', '2026-12-06T10:05:00.000Z', 0);
INSERT INTO received_referrals(ref_uuid, record, state, received_at, updated_at) VALUES
    ('0190f1a2-0000-7000-8000-0000000000bb',
     '{"ref_uuid":"0190f1a2-0000-7000-8000-0000000000bb","stato":"INVIATA","dest_tipo":"CDA"}',
     'RICEVUTA', '2026-12-06T10:05:00.000Z', '2026-12-06T10:05:00.000Z');
