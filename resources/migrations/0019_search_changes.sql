-- SPDX-License-Identifier: GPL-3.0-or-later
-- Which services changed since the desk's search snapshot was taken (decision 55): the in-memory
-- search index is kept on disk between runs and updated with only the services named here,
-- instead of being rebuilt from the whole catalogue (seconds at a region's size) at every start
-- and after every change. Triggers fill it, so no writer can forget to; the one writer that
-- touches nothing but the full-text row (a change of synonyms) adds its rows itself.
-- AUTOINCREMENT: a sequence number is never reused after old rows are pruned.
CREATE TABLE search_changes (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    service_id INTEGER NOT NULL
);

-- Where the snapshot on disk stands: the last change it holds and the digest of its file.
CREATE TABLE search_snapshot (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    seq    INTEGER NOT NULL,
    format INTEGER NOT NULL,
    digest TEXT NOT NULL
);

CREATE TRIGGER search_changes_service_insert AFTER INSERT ON services
BEGIN
    INSERT INTO search_changes(service_id) VALUES (NEW.id);
END;
CREATE TRIGGER search_changes_service_update AFTER UPDATE ON services
BEGIN
    INSERT INTO search_changes(service_id) VALUES (NEW.id);
END;
CREATE TRIGGER search_changes_service_delete AFTER DELETE ON services
BEGIN
    INSERT INTO search_changes(service_id) VALUES (OLD.id);
END;

CREATE TRIGGER search_changes_terms_insert AFTER INSERT ON service_terms
BEGIN
    INSERT INTO search_changes(service_id) VALUES (NEW.service_id);
END;
CREATE TRIGGER search_changes_terms_delete AFTER DELETE ON service_terms
BEGIN
    INSERT INTO search_changes(service_id) VALUES (OLD.service_id);
END;

CREATE TRIGGER search_changes_place_insert AFTER INSERT ON service_at_location
BEGIN
    INSERT INTO search_changes(service_id) VALUES (NEW.service_id);
END;
CREATE TRIGGER search_changes_place_update AFTER UPDATE ON service_at_location
BEGIN
    INSERT INTO search_changes(service_id) VALUES (OLD.service_id);
    INSERT INTO search_changes(service_id) VALUES (NEW.service_id);
END;
CREATE TRIGGER search_changes_place_delete AFTER DELETE ON service_at_location
BEGIN
    INSERT INTO search_changes(service_id) VALUES (OLD.service_id);
END;

CREATE TRIGGER search_changes_schedule_insert AFTER INSERT ON schedules
BEGIN
    INSERT INTO search_changes(service_id)
        SELECT service_id FROM service_at_location WHERE id = NEW.service_at_location_id;
END;
CREATE TRIGGER search_changes_schedule_update AFTER UPDATE ON schedules
BEGIN
    INSERT INTO search_changes(service_id)
        SELECT service_id FROM service_at_location WHERE id = NEW.service_at_location_id;
END;
CREATE TRIGGER search_changes_schedule_delete AFTER DELETE ON schedules
BEGIN
    INSERT INTO search_changes(service_id)
        SELECT service_id FROM service_at_location WHERE id = OLD.service_at_location_id;
END;

CREATE TRIGGER search_changes_exception_insert AFTER INSERT ON schedule_exceptions
BEGIN
    INSERT INTO search_changes(service_id)
        SELECT service_id FROM service_at_location WHERE id = NEW.service_at_location_id;
END;
CREATE TRIGGER search_changes_exception_update AFTER UPDATE ON schedule_exceptions
BEGIN
    INSERT INTO search_changes(service_id)
        SELECT service_id FROM service_at_location WHERE id = NEW.service_at_location_id;
END;
CREATE TRIGGER search_changes_exception_delete AFTER DELETE ON schedule_exceptions
BEGIN
    INSERT INTO search_changes(service_id)
        SELECT service_id FROM service_at_location WHERE id = OLD.service_at_location_id;
END;

-- A service's summary shows its organization's name and its places' comuni.
CREATE TRIGGER search_changes_organization_update AFTER UPDATE ON organizations
BEGIN
    INSERT INTO search_changes(service_id)
        SELECT id FROM services WHERE organization_id = NEW.id;
END;
CREATE TRIGGER search_changes_location_update AFTER UPDATE ON locations
BEGIN
    INSERT INTO search_changes(service_id)
        SELECT service_id FROM service_at_location WHERE location_id = NEW.id;
END;
