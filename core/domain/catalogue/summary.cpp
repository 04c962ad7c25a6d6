// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/summary.h"

#include "catalogue/taxonomy.h"

#include <QDateTime>

namespace sportello::catalogue {

bool ServiceSummary::isOpenAt(const QDateTime &moment) const
{
    if (status != ServiceStatus::Active)
        return false;
    for (const Place &place : places) {
        if (catalogue::isOpenAt(place.schedules, place.exceptions, moment))
            return true;
    }
    return false;
}

int termIndex(const QList<Term> &terms, const QString &code)
{
    for (qsizetype i = 0; i < terms.size(); ++i) {
        if (QLatin1StringView(terms.at(i).code) == code)
            return static_cast<int>(i);
    }
    return -1;
}

quint32 termMask(const QList<Term> &terms, const QStringList &codes)
{
    quint32 mask = 0;
    for (const QString &code : codes) {
        const int index = termIndex(terms, code);
        if (index >= 0)
            mask |= 1u << index;
    }
    return mask;
}

} // namespace sportello::catalogue
