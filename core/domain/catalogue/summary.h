// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/model.h"

#include <QList>
#include <QString>

namespace sportello::catalogue {

struct Term;

// What the search needs of one service — facets, badges, rules, hours — compactly, so the whole
// catalogue (up to a region's 100,000 entries) stays in memory. Bit masks index the vocabularies
// of Taxonomy in their listed order.
struct ServiceSummary
{
    qint64 id = 0;
    QString uid;
    QString name;
    QString organizationName;
    ServiceStatus status = ServiceStatus::Active;
    bool free = false;
    bool automatic = false;
    bool demoValues = false;
    bool hasEligibilityText = false;
    CallWindow callWindow;
    QDate verifiedOn;
    quint32 categories = 0; // bit i = Taxonomy::categories()[i]
    quint32 userAreas = 0; // bit i = Taxonomy::userAreas()[i]
    quint32 comuni = 0; // bit i = Taxonomy::comuni()[i]: where it is delivered
    quint32 channels = 0; // bit i = Taxonomy::channels()[i]
    EligibilityRules rules;
    struct Place
    {
        QList<WeeklySchedule> schedules;
        QList<ScheduleException> exceptions;
    };
    QList<Place> places;

    [[nodiscard]] bool isOpenAt(const QDateTime &moment) const;
};

// Index of `code` in `terms`, or -1.
[[nodiscard]] int termIndex(const QList<Term> &terms, const QString &code);
// The mask of a list of codes.
[[nodiscard]] quint32 termMask(const QList<Term> &terms, const QStringList &codes);

} // namespace sportello::catalogue
