-- SPDX-License-Identifier: GPL-3.0-or-later
-- The desk report (issue 15) reads a period's sessions some twenty times over. Indexes that
-- hold every column it counts by let each statement read a narrow index instead of every row
-- (SQLCipher decrypts each page it reads): a session's date, type, channel, person and
-- facilitation (its id, the rowid, is in every index), and a session's needs with their
-- macro-voce, looked up by session.
CREATE INDEX sessions_report ON sessions(started_at, type, channel, person_id, facilitation_kind,
    facilitation_goal);
CREATE INDEX session_needs_report ON session_needs(session_id, code, macro);
