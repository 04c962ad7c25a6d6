-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rows added at schema version 6: the anonymized profile a referral keeps once its person is
-- erased.
UPDATE referrals SET person_id = NULL, profile = '{"fascia_eta":"65-74","genere":"F"}' WHERE id = 1;
