// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace sportello::catalogue {

// Weekday bit mask: bit 0 = Monday … bit 6 = Sunday (Qt::DayOfWeek - 1).
[[nodiscard]] constexpr int weekdayBit(int dayOfWeek)
{
    return 1 << (dayOfWeek - 1);
}

// A weekly opening slot, e.g. Monday and Wednesday 9:00–12:00, valid within optional dates.
struct WeeklySchedule
{
    int weekdays = 0;
    QTime opensAt;
    QTime closesAt;
    QDate validFrom; // null: since ever
    QDate validTo; // null: open-ended
    QString description;

    [[nodiscard]] bool appliesOn(const QDate &day) const;
    friend bool operator==(const WeeklySchedule &, const WeeklySchedule &) = default;
};

// A day that differs from the weekly hours: closed, or open with other hours.
struct ScheduleException
{
    QDate day;
    bool closed = true;
    QTime opensAt;
    QTime closesAt;
    QString note;

    friend bool operator==(const ScheduleException &, const ScheduleException &) = default;
};

struct TimeRange
{
    QTime from;
    QTime to;
    QString note;
    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

// The opening hours on one day, exceptions applied; empty when closed.
[[nodiscard]] QList<TimeRange> hoursOn(const QList<WeeklySchedule> &schedules,
                                       const QList<ScheduleException> &exceptions,
                                       const QDate &day);
[[nodiscard]] bool isOpenAt(const QList<WeeklySchedule> &schedules,
                            const QList<ScheduleException> &exceptions, const QDateTime &moment);

// "MO,WE" ⇄ weekday mask (RFC 5545 BYDAY codes). Returns 0 for an invalid list.
[[nodiscard]] int weekdaysFromByDay(const QString &byDay);
[[nodiscard]] QString byDayFromWeekdays(int weekdays);

} // namespace sportello::catalogue
