// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/schedule.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::catalogue {

namespace {
const QStringList kByDay = {u"MO"_s, u"TU"_s, u"WE"_s, u"TH"_s, u"FR"_s, u"SA"_s, u"SU"_s};
}

bool WeeklySchedule::appliesOn(const QDate &day) const
{
    if (!(weekdays & weekdayBit(day.dayOfWeek())))
        return false;
    if (validFrom.isValid() && day < validFrom)
        return false;
    if (validTo.isValid() && day > validTo)
        return false;
    return true;
}

QList<TimeRange> hoursOn(const QList<WeeklySchedule> &schedules,
                         const QList<ScheduleException> &exceptions, const QDate &day)
{
    for (const ScheduleException &exception : exceptions) {
        if (exception.day != day)
            continue;
        if (exception.closed)
            return {};
        return {TimeRange {exception.opensAt, exception.closesAt, exception.note}};
    }
    QList<TimeRange> ranges;
    for (const WeeklySchedule &schedule : schedules) {
        if (schedule.appliesOn(day))
            ranges.append(TimeRange {schedule.opensAt, schedule.closesAt, schedule.description});
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const TimeRange &a, const TimeRange &b) { return a.from < b.from; });
    return ranges;
}

bool isOpenAt(const QList<WeeklySchedule> &schedules, const QList<ScheduleException> &exceptions,
              const QDateTime &moment)
{
    const QTime time = moment.time();
    const auto ranges = hoursOn(schedules, exceptions, moment.date());
    return std::any_of(ranges.cbegin(), ranges.cend(), [&](const TimeRange &range) {
        return range.from <= time && time < range.to;
    });
}

int weekdaysFromByDay(const QString &byDay)
{
    int mask = 0;
    const QStringList parts = byDay.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const auto index = kByDay.indexOf(part.trimmed().toUpper());
        if (index < 0)
            return 0;
        mask |= 1 << index;
    }
    return mask;
}

QString byDayFromWeekdays(int weekdays)
{
    QStringList parts;
    for (int i = 0; i < 7; ++i) {
        if (weekdays & (1 << i))
            parts.append(kByDay.at(i));
    }
    return parts.join(u',');
}

} // namespace sportello::catalogue
