-- SPDX-License-Identifier: GPL-3.0-or-later
-- The catalogue of services and how to access them, shaped after Open Referral HSDS 3.x.
-- `uid` columns hold the stable HSDS ids used by import/export; integer ids are local.
-- Short lists that belong to one row only (phones, contacts, languages, channels, cost
-- options, structured eligibility rules) are JSON columns, validated by core before saving.

CREATE TABLE catalogue_meta (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    version    INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO catalogue_meta(id, version, updated_at) VALUES (1, 0, '');

CREATE TABLE organizations (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 1 AND 120),
    name           TEXT NOT NULL CHECK (length(name) > 0),
    alternate_name TEXT NOT NULL DEFAULT '',
    description    TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    website        TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL,
    phones         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(phones)),
    demo_values    INTEGER NOT NULL DEFAULT 0 CHECK (demo_values IN (0, 1)),
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL
);

CREATE TABLE locations (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 1 AND 120),
    organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
    name            TEXT NOT NULL CHECK (length(name) > 0),
    description     TEXT NOT NULL DEFAULT '',
    is_virtual      INTEGER NOT NULL DEFAULT 0 CHECK (is_virtual IN (0, 1)),
    street          TEXT NOT NULL DEFAULT '',
    city            TEXT NOT NULL DEFAULT '',
    postal_code     TEXT NOT NULL DEFAULT '',
    province        TEXT NOT NULL DEFAULT '',
    country         TEXT NOT NULL DEFAULT 'IT',
    comune_istat    TEXT NOT NULL DEFAULT '',
    accessibility   TEXT NOT NULL DEFAULT '',
    confidential    INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    phones          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(phones)),
    demo_values     INTEGER NOT NULL DEFAULT 0 CHECK (demo_values IN (0, 1)),
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL
);
CREATE INDEX locations_organization ON locations(organization_id);

CREATE TABLE services (
    id                  INTEGER PRIMARY KEY,
    uid                 TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 1 AND 120),
    organization_id     INTEGER NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
    name                TEXT NOT NULL CHECK (length(name) > 0),
    alternate_name      TEXT NOT NULL DEFAULT '',
    description         TEXT NOT NULL DEFAULT '',
    url                 TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL CHECK (status IN ('active', 'temporarily_closed', 'ended')),
    status_note         TEXT NOT NULL DEFAULT '',
    eligibility_text    TEXT NOT NULL DEFAULT '',
    eligibility_rules   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(eligibility_rules)),
    application_steps   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(application_steps)),
    fees_description    TEXT NOT NULL DEFAULT '',
    is_free             INTEGER NOT NULL DEFAULT 0 CHECK (is_free IN (0, 1)),
    cost_options        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(cost_options)),
    is_automatic        INTEGER NOT NULL DEFAULT 0 CHECK (is_automatic IN (0, 1)),
    call_opens_on       TEXT NOT NULL DEFAULT '',
    call_closes_on      TEXT NOT NULL DEFAULT '',
    languages           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
    channels            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(channels)),
    contacts            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(contacts)),
    phones              TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(phones)),
    source_url          TEXT NOT NULL DEFAULT '',
    verified_on         TEXT NOT NULL DEFAULT '',
    verified_by         TEXT NOT NULL DEFAULT '',
    demo_values         INTEGER NOT NULL DEFAULT 0 CHECK (demo_values IN (0, 1)),
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL
);
CREATE INDEX services_organization ON services(organization_id);

-- Service categories (taxonomy.md b, level 2) and ISTAT user areas of a service.
CREATE TABLE service_terms (
    service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    taxonomy   TEXT NOT NULL CHECK (taxonomy IN ('category', 'area')),
    code       TEXT NOT NULL,
    PRIMARY KEY (service_id, taxonomy, code)
) WITHOUT ROWID;

-- Reusable required documents ("ISEE in corso di validità") and prerequisites ("SPID o CIE").
CREATE TABLE documents (
    id   INTEGER PRIMARY KEY,
    uid  TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 1 AND 120),
    name TEXT NOT NULL CHECK (length(name) > 0)
);
CREATE TABLE service_documents (
    service_id  INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
    position    INTEGER NOT NULL,
    PRIMARY KEY (service_id, document_id)
) WITHOUT ROWID;
CREATE INDEX service_documents_document ON service_documents(document_id);

CREATE TABLE prerequisites (
    id   INTEGER PRIMARY KEY,
    uid  TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 1 AND 120),
    name TEXT NOT NULL CHECK (length(name) > 0)
);
CREATE TABLE service_prerequisites (
    service_id      INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    prerequisite_id INTEGER NOT NULL REFERENCES prerequisites(id) ON DELETE RESTRICT,
    position        INTEGER NOT NULL,
    PRIMARY KEY (service_id, prerequisite_id)
) WITHOUT ROWID;
CREATE INDEX service_prerequisites_prerequisite ON service_prerequisites(prerequisite_id);

-- Where a service is delivered, with its weekly hours and exceptions.
CREATE TABLE service_at_location (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 1 AND 160),
    service_id  INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    location_id INTEGER NOT NULL REFERENCES locations(id) ON DELETE RESTRICT,
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL
);
CREATE INDEX service_at_location_service ON service_at_location(service_id);
CREATE INDEX service_at_location_location ON service_at_location(location_id);

CREATE TABLE schedules (
    id                     INTEGER PRIMARY KEY,
    service_at_location_id INTEGER NOT NULL REFERENCES service_at_location(id) ON DELETE CASCADE,
    weekdays               INTEGER NOT NULL CHECK (weekdays BETWEEN 1 AND 127), -- bit 0 = Monday
    opens_at               TEXT NOT NULL,
    closes_at              TEXT NOT NULL,
    valid_from             TEXT NOT NULL DEFAULT '',
    valid_to               TEXT NOT NULL DEFAULT '',
    description            TEXT NOT NULL DEFAULT '',
    position               INTEGER NOT NULL,
    CHECK (opens_at < closes_at)
);
CREATE INDEX schedules_sal ON schedules(service_at_location_id);

CREATE TABLE schedule_exceptions (
    id                     INTEGER PRIMARY KEY,
    service_at_location_id INTEGER NOT NULL REFERENCES service_at_location(id) ON DELETE CASCADE,
    day                    TEXT NOT NULL,
    closed                 INTEGER NOT NULL CHECK (closed IN (0, 1)),
    opens_at               TEXT NOT NULL DEFAULT '',
    closes_at              TEXT NOT NULL DEFAULT '',
    note                   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX schedule_exceptions_sal ON schedule_exceptions(service_at_location_id);

-- Field-level history of every change (HSDS "metadata"): who, when, what was there before.
CREATE TABLE catalogue_changes (
    id          INTEGER PRIMARY KEY,
    entity_type TEXT NOT NULL CHECK (entity_type IN ('organization', 'location', 'service')),
    entity_uid  TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'verify', 'import')),
    field       TEXT NOT NULL DEFAULT '',
    old_value   TEXT NOT NULL DEFAULT '',
    new_value   TEXT NOT NULL DEFAULT '',
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    catalogue_version INTEGER NOT NULL
);
CREATE INDEX catalogue_changes_entity ON catalogue_changes(entity_type, entity_uid, id);

-- Full-text search, one row per service (rowid = services.id); the text of each column is
-- built by core (catalogue/searchtext) so that the in-memory index and FTS5 agree.
CREATE VIRTUAL TABLE catalogue_fts USING fts5(
    name, organization, categories, keywords, description, eligibility, documents,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
