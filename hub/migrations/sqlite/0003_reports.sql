-- SPDX-License-Identifier: GPL-3.0-or-later
-- The district report (issue 15): the coded fields of each referral's latest record in columns
-- of their own, so that the report counts with GROUP BY over an index instead of reading every
-- record's JSON; whether a destination has answered; and the desks whose token may read the
-- district report (the coordinator scope).

ALTER TABLE desks ADD COLUMN coordinator INTEGER NOT NULL DEFAULT 0;
ALTER TABLE referrals ADD COLUMN anno_mese TEXT NOT NULL DEFAULT 'ND';
ALTER TABLE referrals ADD COLUMN comune TEXT NOT NULL DEFAULT 'ND';
ALTER TABLE referrals ADD COLUMN fascia_eta TEXT NOT NULL DEFAULT 'ND';
ALTER TABLE referrals ADD COLUMN genere TEXT NOT NULL DEFAULT 'ND';
ALTER TABLE referrals ADD COLUMN cittadinanza TEXT NOT NULL DEFAULT 'ND';
ALTER TABLE referrals ADD COLUMN dest_tipo TEXT NOT NULL DEFAULT 'ND';
ALTER TABLE referrals ADD COLUMN stato TEXT NOT NULL DEFAULT 'ND';
ALTER TABLE referrals ADD COLUMN esito TEXT;
ALTER TABLE referrals ADD COLUMN giorni TEXT;
-- The need areas as ",POV,CASA,": one LIKE per area counts them.
ALTER TABLE referrals ADD COLUMN bisogni TEXT NOT NULL DEFAULT ',';
ALTER TABLE referrals ADD COLUMN answered INTEGER NOT NULL DEFAULT 0;

UPDATE referrals SET
    anno_mese = json_extract(record, '$.anno_mese'),
    comune = json_extract(record, '$.comune_istat'),
    fascia_eta = json_extract(record, '$.fascia_eta'),
    genere = json_extract(record, '$.genere'),
    cittadinanza = json_extract(record, '$.cittadinanza_macro'),
    dest_tipo = json_extract(record, '$.dest_tipo'),
    stato = json_extract(record, '$.stato'),
    esito = json_extract(record, '$.esito_finale'),
    giorni = json_extract(record, '$.giorni_invio_presa_in_carico'),
    bisogni = ',' || COALESCE((SELECT group_concat(value, ',')
                               FROM json_each(referrals.record, '$.bisogni_macro')), '') || ',';

UPDATE referrals SET answered = 1 WHERE ref_uuid IN (
    SELECT ref_uuid FROM answers
    WHERE state IN ('PRESA_IN_CARICO', 'NON_PRESA_IN_CARICO', 'REINDIRIZZATA', 'CHIUSA'));

-- Every column the report groups by, in one index: SQLite reads the narrow index instead of
-- each row with its record's JSON, and its first columns are the order of the report's main
-- pass, which then groups as it reads, with no sort (a year of a million referrals: 11 s →
-- 2 s). PostgreSQL hashes its groups over the table and needs only the month's index.
CREATE INDEX referrals_report ON referrals(anno_mese, comune, dest_tipo, stato, esito, giorni,
    answered, origin_desk, fascia_eta, genere, cittadinanza, bisogni);
