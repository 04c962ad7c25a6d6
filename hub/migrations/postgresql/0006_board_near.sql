-- SPDX-License-Identifier: GPL-3.0-or-later
-- A post's suggestions come only from its own comune and the neighbouring ones (decision 48):
-- the open posts of a category and kind are read by comune.
CREATE INDEX board_posts_near ON board_posts(category, kind, state, comune);
