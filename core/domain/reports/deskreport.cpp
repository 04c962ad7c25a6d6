// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/deskreport.h"

namespace sportello::reports {

Period Period::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {first, first.addMonths(1).addDays(-1)};
}

Period Period::quarter(int year, int quarter)
{
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return {first, first.addMonths(3).addDays(-1)};
}

Period Period::year(int year)
{
    return {QDate(year, 1, 1), QDate(year, 12, 31)};
}

Period Period::previous() const
{
    if (!isValid())
        return {};
    // Whole calendar units compare with the unit before (February with January, not with the
    // 28 days before it).
    if (from.day() == 1 && to.addDays(1).day() == 1) {
        const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
        if (months == 1 || months == 3 || months == 12) {
            const QDate start = from.addMonths(-months);
            return {start, from.addDays(-1)};
        }
    }
    return {from.addDays(-days()), from.addDays(-1)};
}

Figure Breakdown::value(const QString &code) const
{
    const qsizetype at = codes.indexOf(code);
    return at < 0 ? Figure() : figures.at(at);
}

Figure Breakdown::total() const
{
    Figure sum;
    for (const Figure &f : figures) {
        sum.current += f.current;
        sum.previous += f.previous;
    }
    return sum;
}

void Breakdown::add(const QString &code, Figure figure)
{
    const qsizetype at = codes.indexOf(code);
    if (at >= 0) {
        figures[at].current += figure.current;
        figures[at].previous += figure.previous;
        return;
    }
    codes.append(code);
    figures.append(figure);
}

const Breakdown *DeskReport::breakdown(const QString &id) const
{
    for (const Breakdown &b : breakdowns) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

} // namespace sportello::reports
