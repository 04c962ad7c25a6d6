-- SPDX-License-Identifier: GPL-3.0-or-later
-- The desk report (issue 15, decision 44) reads counters kept as sessions are saved, instead of
-- every session of the period: a year of a million-session desk is some 40 MB of index that
-- SQLCipher would decrypt and sort for each report. The triggers below keep the counters
-- exact on every insert, update and delete, whoever writes (the app, a retention run, a
-- person's erasure through ON DELETE SET NULL, a migration); the report tests rebuild them with
-- the INSERTs of this file and compare.
--
-- A day is the desk's local calendar day (the report's periods are local days), as days since
-- 1970-01-01: CAST(julianday(t, 'localtime', 'start of day') - 2440587.5 AS INTEGER).
-- Rows whose count falls to zero are deleted.

-- Sessions, needs, ambiti and services by day: dim is one of type, channel, anonymous (code
-- ''), fac.kind, fac.goal, ambito, need.macro (sessions with the macro-voce or one of its
-- micro-voci), need.micro (needs recorded at the micro level) and service (service uid).
CREATE TABLE report_days (
    dim  TEXT NOT NULL,
    day  INTEGER NOT NULL,
    code TEXT NOT NULL,
    n    INTEGER NOT NULL,
    PRIMARY KEY (dim, day, code)
) WITHOUT ROWID;

-- The name a service was recorded with (the highest, as the report always showed it).
CREATE TABLE report_service_names (
    uid  TEXT PRIMARY KEY,
    name TEXT NOT NULL
) WITHOUT ROWID;

-- The sessions of each person on each day: the distinct people of a period. In person order,
-- so the period's distinct people come out of one ordered pass, without a sort.
CREATE TABLE report_visits (
    person_id INTEGER NOT NULL,
    day       INTEGER NOT NULL,
    n         INTEGER NOT NULL,
    PRIMARY KEY (person_id, day)
) WITHOUT ROWID;

-- Each person's first day at the desk: the new people of a period are those whose first day
-- falls in it.
CREATE TABLE report_first_visits (
    person_id INTEGER PRIMARY KEY,
    day       INTEGER NOT NULL
);
CREATE INDEX report_first_visits_day ON report_first_visits(day);

-- The needs of each day by who had them — a person's id, or minus the session's id for an
-- anonymous walk-in (each counts once) — and where they live now ('ND' for walk-ins): the
-- unmet needs count distinct people by need and comune.
-- In the order of the report's grouping (need, comune, who): distinct people come out of one
-- ordered pass, without a sort. The triggers find a person's rows through `who`.
CREATE TABLE report_need_people (
    code   TEXT NOT NULL,
    comune TEXT NOT NULL,
    who    INTEGER NOT NULL,
    day    INTEGER NOT NULL,
    n      INTEGER NOT NULL,
    PRIMARY KEY (code, comune, who, day)
) WITHOUT ROWID;
CREATE INDEX report_need_people_who ON report_need_people(who);

-- The unmet needs read the sessions that ended with "no answer available" from this side.
CREATE INDEX session_outcomes_code ON session_outcomes(code, session_id);

-- What is there already.
INSERT INTO report_days(dim, day, code, n)
SELECT 'type', CAST(julianday(started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER),
       type, count(*)
FROM sessions GROUP BY 2, 3;
INSERT INTO report_days(dim, day, code, n)
SELECT 'channel', CAST(julianday(started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER),
       channel, count(*)
FROM sessions GROUP BY 2, 3;
INSERT INTO report_days(dim, day, code, n)
SELECT 'anonymous',
       CAST(julianday(started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER), '',
       count(*)
FROM sessions WHERE person_id IS NULL GROUP BY 2;
INSERT INTO report_days(dim, day, code, n)
SELECT 'fac.kind', CAST(julianday(started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER),
       facilitation_kind, count(*)
FROM sessions WHERE facilitation_kind <> '' GROUP BY 2, 3;
INSERT INTO report_days(dim, day, code, n)
SELECT 'fac.goal', CAST(julianday(started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER),
       facilitation_goal, count(*)
FROM sessions WHERE facilitation_goal <> '' GROUP BY 2, 3;
INSERT INTO report_days(dim, day, code, n)
SELECT 'ambito',
       CAST(julianday(s.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER), a.code,
       count(*)
FROM session_ambiti a JOIN sessions s ON s.id = a.session_id GROUP BY 2, 3;
INSERT INTO report_days(dim, day, code, n)
SELECT 'need.macro',
       CAST(julianday(s.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER), n.macro,
       count(DISTINCT n.session_id)
FROM session_needs n JOIN sessions s ON s.id = n.session_id GROUP BY 2, 3;
INSERT INTO report_days(dim, day, code, n)
SELECT 'need.micro',
       CAST(julianday(s.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER), n.code,
       count(*)
FROM session_needs n JOIN sessions s ON s.id = n.session_id WHERE n.code <> n.macro
GROUP BY 2, 3;
INSERT INTO report_days(dim, day, code, n)
SELECT 'service',
       CAST(julianday(s.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER),
       d.service_uid, count(*)
FROM session_services d JOIN sessions s ON s.id = d.session_id GROUP BY 2, 3;
INSERT INTO report_service_names(uid, name)
SELECT service_uid, max(service_name) FROM session_services GROUP BY 1;
INSERT INTO report_visits(day, person_id, n)
SELECT CAST(julianday(started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER), person_id,
       count(*)
FROM sessions WHERE person_id IS NOT NULL GROUP BY 1, 2;
INSERT INTO report_first_visits(person_id, day)
SELECT person_id,
       CAST(julianday(min(started_at), 'localtime', 'start of day') - 2440587.5 AS INTEGER)
FROM sessions WHERE person_id IS NOT NULL GROUP BY 1;
INSERT INTO report_need_people(code, comune, who, day, n)
SELECT n.code, CASE WHEN s.person_id IS NULL THEN 'ND' ELSE coalesce(p.residence, '') END,
       coalesce(s.person_id, -s.id),
       CAST(julianday(s.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER), count(*)
FROM session_needs n JOIN sessions s ON s.id = n.session_id
LEFT JOIN people p ON p.id = s.person_id GROUP BY 1, 3, 4;

-- A session's own counts, added as it is saved. Its needs, ambiti and services come after it.
CREATE TRIGGER report_session_added AFTER INSERT ON sessions
BEGIN
    INSERT INTO report_days(dim, day, code, n)
    SELECT c.dim, d.day, c.code, 1
    FROM (SELECT 'type' AS dim, NEW.type AS code
          UNION ALL SELECT 'channel', NEW.channel
          UNION ALL SELECT 'anonymous', '' WHERE NEW.person_id IS NULL
          UNION ALL SELECT 'fac.kind', NEW.facilitation_kind WHERE NEW.facilitation_kind <> ''
          UNION ALL SELECT 'fac.goal', NEW.facilitation_goal WHERE NEW.facilitation_goal <> '') c,
         (SELECT CAST(julianday(NEW.started_at, 'localtime', 'start of day') - 2440587.5
                      AS INTEGER) AS day) d
    WHERE true ON CONFLICT (dim, day, code) DO UPDATE SET n = n + excluded.n;
    INSERT INTO report_visits(day, person_id, n)
    SELECT CAST(julianday(NEW.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER),
           NEW.person_id, 1
    WHERE NEW.person_id IS NOT NULL
    ON CONFLICT (person_id, day) DO UPDATE SET n = n + 1;
    INSERT INTO report_first_visits(person_id, day)
    SELECT NEW.person_id,
           CAST(julianday(NEW.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER)
    WHERE NEW.person_id IS NOT NULL
    ON CONFLICT (person_id) DO UPDATE SET day = min(day, excluded.day);
END;

-- A session that goes, or whose counted columns change: everything it counted is taken away
-- (its needs, ambiti and services too — when it is deleted they go after it, by cascade, and
-- their own triggers then find no session), and what it counts now is added back after.
CREATE TRIGGER report_session_removed BEFORE DELETE ON sessions
BEGIN
    INSERT INTO report_days(dim, day, code, n)
    SELECT c.dim, d.day, c.code, -1
    FROM (SELECT 'type' AS dim, OLD.type AS code
          UNION ALL SELECT 'channel', OLD.channel
          UNION ALL SELECT 'anonymous', '' WHERE OLD.person_id IS NULL
          UNION ALL SELECT 'fac.kind', OLD.facilitation_kind WHERE OLD.facilitation_kind <> ''
          UNION ALL SELECT 'fac.goal', OLD.facilitation_goal WHERE OLD.facilitation_goal <> ''
          UNION ALL SELECT DISTINCT 'need.macro', macro FROM session_needs
                    WHERE session_id = OLD.id
          UNION ALL SELECT 'need.micro', code FROM session_needs
                    WHERE session_id = OLD.id AND code <> macro
          UNION ALL SELECT 'ambito', code FROM session_ambiti WHERE session_id = OLD.id
          UNION ALL SELECT 'service', service_uid FROM session_services
                    WHERE session_id = OLD.id) c,
         (SELECT CAST(julianday(OLD.started_at, 'localtime', 'start of day') - 2440587.5
                      AS INTEGER) AS day) d
    WHERE true ON CONFLICT (dim, day, code) DO UPDATE SET n = n + excluded.n;
    DELETE FROM report_days
    WHERE dim IN ('type', 'channel', 'anonymous', 'fac.kind', 'fac.goal', 'ambito', 'need.macro',
                  'need.micro', 'service')
      AND day = CAST(julianday(OLD.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER)
      AND n = 0;
    UPDATE report_visits SET n = n - 1
    WHERE day = CAST(julianday(OLD.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER)
      AND person_id = OLD.person_id;
    DELETE FROM report_visits
    WHERE day = CAST(julianday(OLD.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER)
      AND person_id = OLD.person_id AND n = 0;
    UPDATE report_need_people SET n = n - 1
    WHERE who = coalesce(OLD.person_id, -OLD.id)
      AND day = CAST(julianday(OLD.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER)
      AND code IN (SELECT code FROM session_needs WHERE session_id = OLD.id);
    DELETE FROM report_need_people WHERE who = coalesce(OLD.person_id, -OLD.id) AND n = 0;
END;

CREATE TRIGGER report_session_first_visit AFTER DELETE ON sessions WHEN OLD.person_id IS NOT NULL
BEGIN
    DELETE FROM report_first_visits WHERE person_id = OLD.person_id;
    INSERT INTO report_first_visits(person_id, day)
    SELECT OLD.person_id,
           CAST(julianday(first, 'localtime', 'start of day') - 2440587.5 AS INTEGER)
    FROM (SELECT min(started_at) AS first FROM sessions WHERE person_id = OLD.person_id)
    WHERE first IS NOT NULL;
END;

CREATE TRIGGER report_session_changing
BEFORE UPDATE OF started_at, type, channel, person_id, facilitation_kind, facilitation_goal
ON sessions
BEGIN
    INSERT INTO report_days(dim, day, code, n)
    SELECT c.dim, d.day, c.code, -1
    FROM (SELECT 'type' AS dim, OLD.type AS code
          UNION ALL SELECT 'channel', OLD.channel
          UNION ALL SELECT 'anonymous', '' WHERE OLD.person_id IS NULL
          UNION ALL SELECT 'fac.kind', OLD.facilitation_kind WHERE OLD.facilitation_kind <> ''
          UNION ALL SELECT 'fac.goal', OLD.facilitation_goal WHERE OLD.facilitation_goal <> ''
          UNION ALL SELECT DISTINCT 'need.macro', macro FROM session_needs
                    WHERE session_id = OLD.id
          UNION ALL SELECT 'need.micro', code FROM session_needs
                    WHERE session_id = OLD.id AND code <> macro
          UNION ALL SELECT 'ambito', code FROM session_ambiti WHERE session_id = OLD.id
          UNION ALL SELECT 'service', service_uid FROM session_services
                    WHERE session_id = OLD.id) c,
         (SELECT CAST(julianday(OLD.started_at, 'localtime', 'start of day') - 2440587.5
                      AS INTEGER) AS day) d
    WHERE true ON CONFLICT (dim, day, code) DO UPDATE SET n = n + excluded.n;
    DELETE FROM report_days
    WHERE dim IN ('type', 'channel', 'anonymous', 'fac.kind', 'fac.goal', 'ambito', 'need.macro',
                  'need.micro', 'service')
      AND day = CAST(julianday(OLD.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER)
      AND n = 0;
    UPDATE report_visits SET n = n - 1
    WHERE day = CAST(julianday(OLD.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER)
      AND person_id = OLD.person_id;
    DELETE FROM report_visits
    WHERE day = CAST(julianday(OLD.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER)
      AND person_id = OLD.person_id AND n = 0;
    UPDATE report_need_people SET n = n - 1
    WHERE who = coalesce(OLD.person_id, -OLD.id)
      AND day = CAST(julianday(OLD.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER)
      AND code IN (SELECT code FROM session_needs WHERE session_id = OLD.id);
    DELETE FROM report_need_people WHERE who = coalesce(OLD.person_id, -OLD.id) AND n = 0;
END;

CREATE TRIGGER report_session_changed
AFTER UPDATE OF started_at, type, channel, person_id, facilitation_kind, facilitation_goal
ON sessions
BEGIN
    INSERT INTO report_days(dim, day, code, n)
    SELECT c.dim, d.day, c.code, 1
    FROM (SELECT 'type' AS dim, NEW.type AS code
          UNION ALL SELECT 'channel', NEW.channel
          UNION ALL SELECT 'anonymous', '' WHERE NEW.person_id IS NULL
          UNION ALL SELECT 'fac.kind', NEW.facilitation_kind WHERE NEW.facilitation_kind <> ''
          UNION ALL SELECT 'fac.goal', NEW.facilitation_goal WHERE NEW.facilitation_goal <> ''
          UNION ALL SELECT DISTINCT 'need.macro', macro FROM session_needs
                    WHERE session_id = NEW.id
          UNION ALL SELECT 'need.micro', code FROM session_needs
                    WHERE session_id = NEW.id AND code <> macro
          UNION ALL SELECT 'ambito', code FROM session_ambiti WHERE session_id = NEW.id
          UNION ALL SELECT 'service', service_uid FROM session_services
                    WHERE session_id = NEW.id) c,
         (SELECT CAST(julianday(NEW.started_at, 'localtime', 'start of day') - 2440587.5
                      AS INTEGER) AS day) d
    WHERE true ON CONFLICT (dim, day, code) DO UPDATE SET n = n + excluded.n;
    INSERT INTO report_visits(day, person_id, n)
    SELECT CAST(julianday(NEW.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER),
           NEW.person_id, 1
    WHERE NEW.person_id IS NOT NULL
    ON CONFLICT (person_id, day) DO UPDATE SET n = n + 1;
    INSERT INTO report_need_people(day, code, who, comune, n)
    SELECT CAST(julianday(NEW.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER),
           code, coalesce(NEW.person_id, -NEW.id),
           CASE WHEN NEW.person_id IS NULL THEN 'ND'
                ELSE coalesce((SELECT residence FROM people WHERE id = NEW.person_id), '') END, 1
    FROM session_needs WHERE session_id = NEW.id
    ON CONFLICT (code, comune, who, day) DO UPDATE SET n = n + 1;
    DELETE FROM report_first_visits WHERE person_id IN (OLD.person_id, NEW.person_id);
    INSERT INTO report_first_visits(person_id, day)
    SELECT person_id,
           CAST(julianday(min(started_at), 'localtime', 'start of day') - 2440587.5 AS INTEGER)
    FROM sessions WHERE person_id IN (OLD.person_id, NEW.person_id) GROUP BY person_id;
END;

-- A need recorded in a session (the session is there: it is saved first).
CREATE TRIGGER report_need_added AFTER INSERT ON session_needs
BEGIN
    INSERT INTO report_days(dim, day, code, n)
    SELECT c.dim,
           CAST(julianday(s.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER),
           c.code, 1
    FROM (SELECT 'need.micro' AS dim, NEW.code AS code WHERE NEW.code <> NEW.macro
          UNION ALL SELECT 'need.macro', NEW.macro
                    WHERE NOT EXISTS (SELECT 1 FROM session_needs
                                      WHERE session_id = NEW.session_id AND macro = NEW.macro
                                        AND code <> NEW.code)) c
    JOIN sessions s ON s.id = NEW.session_id
    WHERE true ON CONFLICT (dim, day, code) DO UPDATE SET n = n + excluded.n;
    INSERT INTO report_need_people(day, code, who, comune, n)
    SELECT CAST(julianday(s.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER),
           NEW.code, coalesce(s.person_id, -s.id),
           CASE WHEN s.person_id IS NULL THEN 'ND'
                ELSE coalesce((SELECT residence FROM people WHERE id = s.person_id), '') END, 1
    FROM sessions s WHERE s.id = NEW.session_id
    ON CONFLICT (code, comune, who, day) DO UPDATE SET n = n + 1;
END;

-- A need taken away from a session that stays (when the session itself goes, its trigger has
-- already taken the need away).
CREATE TRIGGER report_need_removed AFTER DELETE ON session_needs
WHEN EXISTS (SELECT 1 FROM sessions WHERE id = OLD.session_id)
BEGIN
    INSERT INTO report_days(dim, day, code, n)
    SELECT c.dim,
           CAST(julianday(s.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER),
           c.code, -1
    FROM (SELECT 'need.micro' AS dim, OLD.code AS code WHERE OLD.code <> OLD.macro
          UNION ALL SELECT 'need.macro', OLD.macro
                    WHERE NOT EXISTS (SELECT 1 FROM session_needs
                                      WHERE session_id = OLD.session_id
                                        AND macro = OLD.macro)) c
    JOIN sessions s ON s.id = OLD.session_id
    WHERE true ON CONFLICT (dim, day, code) DO UPDATE SET n = n + excluded.n;
    UPDATE report_need_people SET n = n - 1
    WHERE (who, day, code) = (
        SELECT coalesce(s.person_id, -s.id),
               CAST(julianday(s.started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER),
               OLD.code
        FROM sessions s WHERE s.id = OLD.session_id);
    DELETE FROM report_days WHERE n = 0 AND dim IN ('need.micro', 'need.macro')
      AND day = (SELECT CAST(julianday(started_at, 'localtime', 'start of day') - 2440587.5
                             AS INTEGER) FROM sessions WHERE id = OLD.session_id);
    DELETE FROM report_need_people WHERE n = 0
      AND who = (SELECT coalesce(person_id, -id) FROM sessions WHERE id = OLD.session_id);
END;

-- A need's code or macro-voce changed in place: as if taken away and recorded again.
CREATE TRIGGER report_need_changed BEFORE UPDATE ON session_needs
BEGIN
    SELECT RAISE(ABORT, 'session_needs rows are replaced, not updated (report counters)');
END;

CREATE TRIGGER report_ambito_added AFTER INSERT ON session_ambiti
BEGIN
    INSERT INTO report_days(dim, day, code, n)
    SELECT 'ambito',
           CAST(julianday(started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER),
           NEW.code, 1
    FROM sessions WHERE id = NEW.session_id
    ON CONFLICT (dim, day, code) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER report_ambito_removed AFTER DELETE ON session_ambiti
WHEN EXISTS (SELECT 1 FROM sessions WHERE id = OLD.session_id)
BEGIN
    UPDATE report_days SET n = n - 1
    WHERE (dim, day, code) = (
        SELECT 'ambito',
               CAST(julianday(started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER),
               OLD.code
        FROM sessions WHERE id = OLD.session_id);
    DELETE FROM report_days WHERE dim = 'ambito' AND n = 0
      AND day = (SELECT CAST(julianday(started_at, 'localtime', 'start of day') - 2440587.5
                             AS INTEGER) FROM sessions WHERE id = OLD.session_id);
END;

CREATE TRIGGER report_ambito_changed BEFORE UPDATE ON session_ambiti
BEGIN
    SELECT RAISE(ABORT, 'session_ambiti rows are replaced, not updated (report counters)');
END;

CREATE TRIGGER report_service_added AFTER INSERT ON session_services
BEGIN
    INSERT INTO report_days(dim, day, code, n)
    SELECT 'service',
           CAST(julianday(started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER),
           NEW.service_uid, 1
    FROM sessions WHERE id = NEW.session_id
    ON CONFLICT (dim, day, code) DO UPDATE SET n = n + 1;
    INSERT INTO report_service_names(uid, name) VALUES (NEW.service_uid, NEW.service_name)
    ON CONFLICT (uid) DO UPDATE SET name = max(name, excluded.name);
END;

CREATE TRIGGER report_service_removed AFTER DELETE ON session_services
WHEN EXISTS (SELECT 1 FROM sessions WHERE id = OLD.session_id)
BEGIN
    UPDATE report_days SET n = n - 1
    WHERE (dim, day, code) = (
        SELECT 'service',
               CAST(julianday(started_at, 'localtime', 'start of day') - 2440587.5 AS INTEGER),
               OLD.service_uid
        FROM sessions WHERE id = OLD.session_id);
    DELETE FROM report_days WHERE dim = 'service' AND n = 0
      AND day = (SELECT CAST(julianday(started_at, 'localtime', 'start of day') - 2440587.5
                             AS INTEGER) FROM sessions WHERE id = OLD.session_id);
END;

CREATE TRIGGER report_service_changed BEFORE UPDATE OF session_id, service_uid ON session_services
BEGIN
    SELECT RAISE(ABORT, 'session_services rows are replaced, not updated (report counters)');
END;

-- Where a person lives now is where the unmet needs count them.
CREATE TRIGGER report_person_moved AFTER UPDATE OF residence ON people
BEGIN
    UPDATE report_need_people SET comune = NEW.residence WHERE who = NEW.id;
END;
