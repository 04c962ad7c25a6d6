-- SPDX-License-Identifier: GPL-3.0-or-later
-- The anonymized records still waiting in the outbox take the shape of protocol v1 (the wire
-- schema shared with the hub): the destination organization (unknown for records written
-- before it existed: null) and the days from sending to take-over as a band, never an exact
-- count. Records the hub already has are history and stay as they were.

UPDATE outbox
SET payload = json_set(payload,
        '$.dest_org', json('null'),
        '$.giorni_invio_presa_in_carico',
        CASE
            WHEN json_type(payload, '$.giorni_invio_presa_in_carico') NOT IN ('integer', 'real')
                THEN json_extract(payload, '$.giorni_invio_presa_in_carico')
            WHEN json_extract(payload, '$.giorni_invio_presa_in_carico') < 0 THEN 'ND'
            WHEN json_extract(payload, '$.giorni_invio_presa_in_carico') <= 7 THEN '0-7'
            WHEN json_extract(payload, '$.giorni_invio_presa_in_carico') <= 14 THEN '8-14'
            WHEN json_extract(payload, '$.giorni_invio_presa_in_carico') <= 30 THEN '15-30'
            WHEN json_extract(payload, '$.giorni_invio_presa_in_carico') <= 60 THEN '31-60'
            ELSE '61+'
        END)
WHERE state IN ('QUEUED', 'SENDING', 'FAILED')
  AND event_type LIKE 'referral.%'
  AND json_type(payload, '$.dest_org') IS NULL;
