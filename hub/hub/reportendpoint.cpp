// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/reportendpoint.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sportello::hub {

Reply districtReportReply(Store &store, const Desk &desk, const QUrlQuery &query, int threshold)
{
    if (!desk.coordinator)
        return problem(403, "forbidden", u"The district report is for coordinators"_s,
                       u"The desk's token has no coordinator scope."_s);
    for (const auto &[key, value] : query.queryItems()) {
        if (key != u"from" && key != u"to")
            return problem(422, "invalid-request", u"Unknown parameter"_s, {}, key);
    }
    reports::MonthRange months;
    for (const QString &key : {u"from"_s, u"to"_s}) {
        const auto month = reports::MonthRange::monthOf(query.queryItemValue(key));
        if (!month)
            return problem(422, "invalid-request", u"%1 must be a month YYYY-MM"_s.arg(key), {},
                           key);
        (key == u"from" ? months.from : months.to) = *month;
    }
    if (!months.isValid())
        return problem(422, "invalid-request",
                       u"from must not be after to, and the range at most 120 months"_s, {},
                       u"to"_s);
    auto counts = store.districtCounts(months);
    if (!counts)
        return storeUnavailable(counts.error());
    const reports::DistrictReport report = reports::publishDistrict(*counts, threshold);
    return json(200, QJsonDocument(reports::toJson(report)).toJson(QJsonDocument::Compact));
}

} // namespace sportello::hub
