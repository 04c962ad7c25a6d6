-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rows added at schema version 4: a person (coded fields; the sealed names are placeholders),
-- consents, a session with needs, services, outcomes and ambiti, and a follow-up.
INSERT INTO people(id, birth_year, gender, residence, citizenship, household_type, household_size, minors, employment, education, language, contact_preference, created_at, updated_at, created_by) VALUES
    (1, 1957, 'F', '015175', 'IT', 'SOLO', 1, 0, 'PENSIONATO', 'ND', 'it', 'TELEFONO', '2025-04-01T09:00:00Z', '2025-04-01T09:00:00Z', 2);
INSERT INTO personal_fields(entity_type, entity_id, field, sealed) VALUES
    ('person', 1, 'given_name', x'1111'), ('person', 1, 'family_name', x'2222');
INSERT INTO consents(id, person_id, purpose, method, given_at, text_version, recorded_by) VALUES
    (1, 1, 'DATI_PERSONALI', 'MODULO_FIRMATO', '2025-04-01T09:00:00Z', 'default-1', 2),
    (2, 1, 'CONTATTO_TELEFONICO', 'VERBALE', '2025-04-01T09:01:00Z', 'default-1', 2),
    (3, 1, 'INVIO_IDENTIFICATO', 'MODULO_FIRMATO', '2025-04-01T09:02:00Z', 'default-1', 2);
INSERT INTO sessions(id, uid, person_id, started_at, desk_code, operator_id, type, channel, arrival, created_at) VALUES
    (1, '5d3c0f6e-8f1a-4b0e-9e0c-000000000001', 1, '2025-04-01T09:00:00Z', 'PRV-1', 2, 'ASCOLTO', 'PRESENZA', 'SPONT', '2025-04-01T09:30:00Z'),
    (2, '5d3c0f6e-8f1a-4b0e-9e0c-000000000002', NULL, '2025-04-02T10:00:00Z', 'PRV-1', 2, 'ORIENT', 'TEL', 'SPONT', '2025-04-02T10:10:00Z');
INSERT INTO session_needs(session_id, code, macro) VALUES
    (1, 'CAS.SFRATTO', 'CAS'), (1, 'POV.INSUF', 'POV'), (2, 'POV', 'POV');
INSERT INTO session_services(session_id, service_uid, service_name, catalogue_version) VALUES
    (1, 'svc-segretariato', 'Segretariato sociale', 3);
INSERT INTO session_outcomes(session_id, code) VALUES (1, 'SEGNAL_SS'), (2, 'INFO');
INSERT INTO session_ambiti(session_id, code) VALUES (2, 'IND');
INSERT INTO personal_fields(entity_type, entity_id, field, sealed) VALUES ('session', 1, 'notes', x'3333');
INSERT INTO follow_ups(id, person_id, session_id, due, assignee_id, created_at, created_by) VALUES
    (1, 1, 1, '2025-04-08', 2, '2025-04-01T09:30:00Z', 2);
