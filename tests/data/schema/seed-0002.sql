-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rows added at schema version 2: a small catalogue with every catalogue table in use.
UPDATE catalogue_meta SET version = 3, updated_at = '2025-02-01T10:00:00Z' WHERE id = 1;
INSERT INTO organizations(id, uid, name, kind, phones, updated_at, updated_by) VALUES
    (1, 'org-comune', 'Comune di Prova', 'COMUNE', '[{"number":"02 0000 0001"}]', '2025-02-01T10:00:00Z', 'import'),
    (2, 'org-caf', 'CAF di Prova', 'CAF', '[]', '2025-02-01T10:00:00Z', 'import');
INSERT INTO locations(id, uid, organization_id, name, street, city, comune_istat, updated_at, updated_by) VALUES
    (1, 'loc-municipio', 1, 'Municipio', 'Via Prova 1', 'Prova', '015175', '2025-02-01T10:00:00Z', 'import');
INSERT INTO services(id, uid, organization_id, name, description, status, updated_at, updated_by) VALUES
    (1, 'svc-segretariato', 1, 'Segretariato sociale', 'Ascolto e orientamento.', 'active', '2025-02-01T10:00:00Z', 'import'),
    (2, 'svc-isee', 2, 'ISEE', 'Compilazione della DSU.', 'active', '2025-02-01T10:00:00Z', 'import');
INSERT INTO service_terms(service_id, taxonomy, code) VALUES
    (1, 'category', 'ACC.SEGR'), (2, 'category', 'INC.ISEE'), (1, 'area', 'AREA.FAMIGLIA');
INSERT INTO documents(id, uid, name) VALUES (1, 'doc-id', 'Documento di identità');
INSERT INTO service_documents(service_id, document_id, position) VALUES (2, 1, 0);
INSERT INTO prerequisites(id, uid, name) VALUES (1, 'pre-spid', 'SPID o CIE');
INSERT INTO service_prerequisites(service_id, prerequisite_id, position) VALUES (2, 1, 0);
INSERT INTO service_at_location(id, uid, service_id, location_id, position) VALUES
    (1, 'sal-segretariato-municipio', 1, 1, 0);
INSERT INTO schedules(id, service_at_location_id, weekdays, opens_at, closes_at, position) VALUES
    (1, 1, 9, '09:00', '12:00', 0);
INSERT INTO schedule_exceptions(id, service_at_location_id, day, closed) VALUES (1, 1, '2025-08-15', 1);
INSERT INTO catalogue_changes(entity_type, entity_uid, action, changed_by, changed_at, catalogue_version) VALUES
    ('organization', 'org-comune', 'import', 'import', '2025-02-01T10:00:00Z', 1),
    ('service', 'svc-segretariato', 'import', 'import', '2025-02-01T10:00:00Z', 2),
    ('service', 'svc-isee', 'import', 'import', '2025-02-01T10:00:00Z', 3);
INSERT INTO catalogue_fts(rowid, name, organization, categories, keywords, description, eligibility, documents) VALUES
    (1, 'Segretariato sociale', 'Comune di Prova', 'ACC.SEGR', '', 'Ascolto e orientamento.', '', ''),
    (2, 'ISEE', 'CAF di Prova', 'INC.ISEE', '', 'Compilazione della DSU.', '', 'Documento di identità');
