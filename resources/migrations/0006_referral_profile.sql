-- SPDX-License-Identifier: GPL-3.0-or-later
-- The anonymized demographic profile of a referral's person (comune_istat, fascia_eta, genere,
-- cittadinanza_macro, nucleo_tipo, as the anonymizer codes them at the referral's date), kept
-- when the person is erased so that the referral's later records for the hub stay correct
-- without the person. Empty while the person is on record.

ALTER TABLE referrals ADD COLUMN profile TEXT NOT NULL DEFAULT ''
    CHECK (profile = '' OR json_valid(profile));
