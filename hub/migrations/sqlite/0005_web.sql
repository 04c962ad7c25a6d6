-- SPDX-License-Identifier: GPL-3.0-or-later
-- The network's web pages (issue 16, second part): who recorded each answer to a referral
-- (the hub's administrator, "hub", or a Comune's account, "comune:USERNAME"), the index a
-- Comune's list of the referrals addressed to it reads, and, on the board's side, the reports
-- of posts, the messages that arrange a match, and the trail of the moderators' actions.

ALTER TABLE answers ADD COLUMN answered_by TEXT NOT NULL DEFAULT 'hub';
CREATE INDEX referrals_addressee ON referrals(comune, dest_tipo, occurred_at);

-- A post a desk entered for a person without internet names the desk as the contact, unless the
-- person consented to show their own (issue 16, point 3): the name and contact shown to the
-- other side of an accepted match instead of the account's. Empty: the account's.
ALTER TABLE board_posts ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
ALTER TABLE board_posts ADD COLUMN contact TEXT NOT NULL DEFAULT '';

-- What each desk asked of the board (issue 16, point 7), by the action's id, so that an action
-- sent again after a lost answer is applied once.
CREATE TABLE board_desk_actions (
    id          TEXT PRIMARY KEY,
    desk_id     TEXT NOT NULL,
    type        TEXT NOT NULL,
    received_at TEXT NOT NULL
);

-- A post reported to the moderators, once per account, with a reason code (no free text).
CREATE TABLE board_reports (
    post_id     TEXT NOT NULL REFERENCES board_posts(id) ON DELETE CASCADE,
    reporter_id TEXT NOT NULL REFERENCES board_accounts(id) ON DELETE CASCADE,
    reason      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (post_id, reporter_id)
);

-- What the two sides of a match write to each other to arrange the service.
CREATE TABLE board_messages (
    id         TEXT PRIMARY KEY,
    match_id   TEXT NOT NULL REFERENCES board_matches(id) ON DELETE CASCADE,
    side       TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX board_messages_match ON board_messages(match_id, created_at);

-- Every action of a network operator on the board (an account activated, a post hidden, a
-- report dismissed): who, when, what, on which object (an id, never a person's data).
CREATE TABLE board_audit (
    id     TEXT PRIMARY KEY,
    at     TEXT NOT NULL,
    actor  TEXT NOT NULL,
    action TEXT NOT NULL,
    object TEXT NOT NULL
);
CREATE INDEX board_audit_at ON board_audit(at);
