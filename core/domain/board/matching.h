// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/board.h"

#include <QHash>

#include <optional>

namespace sportello::board {

// Which comuni border which: the district's own data (a comune's ISTAT code → its neighbours).
struct Geography
{
    QHash<QString, QStringList> neighbours;
    [[nodiscard]] bool areNeighbours(const QString &a, const QString &b) const;
    // `comune` and the comuni that border it: the only places suggestions for a post there can
    // come from.
    [[nodiscard]] QStringList near(const QString &comune) const;
};

enum class Nearness { SameNeighbourhood, SameComune, NeighbouringComune };

// The first time both posts can meet, for the explanation ("martedì 10–12"): on a date when
// one of them is for one day, else on a weekday (1 = Monday … 7 = Sunday); any time when
// neither gives hours.
struct Overlap
{
    QDate date;
    int weekday = 0;
    bool anyTime = false;
    QTime from;
    QTime to; // null with `from` at midnight: until the end of the day
    int minutesPerWeek = 0; // all the time they share in a week (or on the one day): the rank
};

// A post of the other kind that fits, and why: what the explanation says.
struct Suggestion
{
    QString postId;
    Nearness nearness = Nearness::SameComune;
    Overlap when;
    int spareCapacity = 0; // of the offer: people it can still take
};

// A post the board holds, with its matches under way (proposed, accepted or in progress).
struct Candidate
{
    Post post;
    int activeMatches = 0;
};

// The posts of the other kind that could answer `post` on `today`, best first: the same
// category; open and still current; not the poster's own; an offer with room left (a request
// takes one match at a time); in the same neighbourhood, the same comune or a neighbouring one
// (in that order of preference); with time in common. Then more time in common, more room,
// and the older post first. At most `limit`. `ownActiveMatches`: those of `post` itself.
[[nodiscard]] QList<Suggestion> suggest(const Post &post, int ownActiveMatches,
                                        const QList<Candidate> &candidates,
                                        const Geography &geography, const QDate &today,
                                        int limit = 10);

// The time two posts share, if any, from `today` on.
[[nodiscard]] std::optional<Overlap> overlap(const When &a, const When &b, const QDate &today);

} // namespace sportello::board
