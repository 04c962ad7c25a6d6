// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/matching.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::board {

namespace {

constexpr int kDayMinutes = 24 * 60;

// A window in minutes of the day, [from, to).
struct Minutes
{
    int from = 0;
    int to = kDayMinutes;
};

int minutesOf(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

// The windows of `when` on a day of the week (1 = Monday); the whole day when it gives none.
QList<Minutes> windowsOn(const When &when, int weekday)
{
    if (when.windows.isEmpty())
        return {Minutes {}};
    QList<Minutes> list;
    for (const TimeWindow &w : when.windows) {
        if (when.isOneDay() || (w.weekdays & (1 << (weekday - 1))))
            list.append({minutesOf(w.from), minutesOf(w.to)});
    }
    return list;
}

// The days `when` can happen from `today`: [first, last], last null when open-ended.
std::pair<QDate, QDate> span(const When &when, const QDate &today)
{
    if (when.isOneDay())
        return {when.date, when.date};
    const QDate first = when.validFrom.isValid() ? std::max(when.validFrom, today) : today;
    return {first, when.validTo};
}

QTime timeOf(int minutes)
{
    return minutes >= kDayMinutes ? QTime() : QTime(minutes / 60, minutes % 60);
}

} // namespace

bool Geography::areNeighbours(const QString &a, const QString &b) const
{
    return neighbours.value(a).contains(b) || neighbours.value(b).contains(a);
}

QStringList Geography::near(const QString &comune) const
{
    QStringList list {comune};
    for (auto it = neighbours.cbegin(); it != neighbours.cend(); ++it) {
        if (it.key() == comune) {
            for (const QString &other : it.value()) {
                if (!list.contains(other))
                    list.append(other);
            }
        } else if (it.value().contains(comune) && !list.contains(it.key())) {
            list.append(it.key());
        }
    }
    return list;
}

std::optional<Overlap> overlap(const When &a, const When &b, const QDate &today)
{
    const auto [aFirst, aLast] = span(a, today);
    const auto [bFirst, bLast] = span(b, today);
    const QDate first = std::max(aFirst, bFirst);
    QDate last = aLast.isValid() && bLast.isValid() ? std::min(aLast, bLast)
        : aLast.isValid()                           ? aLast
                                                    : bLast;
    if (last.isValid() && last < first)
        return std::nullopt;
    const bool oneDay = a.isOneDay() || b.isOneDay();
    // The weekdays to look at, in order: the one date's, or the week from Monday, limited to
    // the days that occur in a span shorter than a week.
    QList<int> weekdays;
    if (oneDay) {
        weekdays.append(first.dayOfWeek());
    } else {
        for (int day = 1; day <= 7; ++day) {
            const bool occurs = !last.isValid() || first.daysTo(last) >= 6 || [&] {
                for (QDate d = first; d <= last; d = d.addDays(1)) {
                    if (d.dayOfWeek() == day)
                        return true;
                }
                return false;
            }();
            if (occurs)
                weekdays.append(day);
        }
    }
    std::optional<Overlap> found;
    int total = 0;
    for (const int day : std::as_const(weekdays)) {
        for (const Minutes &x : windowsOn(a, day)) {
            for (const Minutes &y : windowsOn(b, day)) {
                const int from = std::max(x.from, y.from);
                const int to = std::min(x.to, y.to);
                if (from >= to)
                    continue;
                total += to - from;
                if (!found || (found->weekday == day && from < minutesOf(found->from))) {
                    Overlap o;
                    o.weekday = day;
                    o.date = oneDay ? first : QDate();
                    o.anyTime = a.windows.isEmpty() && b.windows.isEmpty();
                    o.from = timeOf(from);
                    o.to = timeOf(to);
                    found = o;
                }
            }
        }
    }
    if (found)
        found->minutesPerWeek = total;
    return found;
}

QList<Suggestion> suggest(const Post &post, int ownActiveMatches,
                          const QList<Candidate> &candidates, const Geography &geography,
                          const QDate &today, int limit)
{
    const bool isOffer = post.kind == PostKind::Offer;
    const int ownRoom = isOffer ? post.capacity - ownActiveMatches : 1 - ownActiveMatches;
    if (post.state != PostState::Open || ownRoom <= 0 || !post.when.isCurrent(today))
        return {};
    struct Ranked
    {
        Suggestion suggestion;
        QDateTime createdAt;
    };
    QList<Ranked> ranked;
    for (const Candidate &c : candidates) {
        const Post &other = c.post;
        if (other.kind == post.kind || other.category != post.category
            || other.state != PostState::Open || other.accountId == post.accountId
            || !other.when.isCurrent(today))
            continue;
        const int room = other.kind == PostKind::Offer ? other.capacity - c.activeMatches
                                                       : 1 - c.activeMatches;
        if (room <= 0)
            continue;
        Nearness nearness;
        if (other.zone.comune == post.zone.comune) {
            nearness = !post.zone.neighbourhood.isEmpty()
                    && other.zone.neighbourhood == post.zone.neighbourhood
                ? Nearness::SameNeighbourhood
                : Nearness::SameComune;
        } else if (geography.areNeighbours(other.zone.comune, post.zone.comune)) {
            nearness = Nearness::NeighbouringComune;
        } else {
            continue;
        }
        const auto when = overlap(post.when, other.when, today);
        if (!when)
            continue;
        const int spare = isOffer ? ownRoom : room;
        ranked.append({Suggestion {other.id, nearness, *when, spare}, other.createdAt});
    }
    std::sort(ranked.begin(), ranked.end(), [](const Ranked &x, const Ranked &y) {
        const Suggestion &a = x.suggestion;
        const Suggestion &b = y.suggestion;
        if (a.nearness != b.nearness)
            return a.nearness < b.nearness; // the enumeration is in order of preference
        if (a.when.minutesPerWeek != b.when.minutesPerWeek)
            return a.when.minutesPerWeek > b.when.minutesPerWeek;
        if (a.spareCapacity != b.spareCapacity)
            return a.spareCapacity > b.spareCapacity;
        if (x.createdAt != y.createdAt)
            return x.createdAt < y.createdAt;
        return a.postId < b.postId;
    });
    QList<Suggestion> result;
    for (qsizetype i = 0; i < ranked.size() && i < limit; ++i)
        result.append(ranked.at(i).suggestion);
    return result;
}

} // namespace sportello::board
