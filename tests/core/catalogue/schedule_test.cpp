// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/schedule.h"
#include "testhelpers.h"

#include <QDateTime>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace {

constexpr int kMonday = 1 << 0;
constexpr int kTuesday = 1 << 1;
constexpr int kWednesday = 1 << 2;
constexpr int kFriday = 1 << 4;
constexpr int kSaturday = 1 << 5;
constexpr int kEveryDay = 0x7f;

// Monday 2026-03-02 … Sunday 2026-03-08.
const QDate kMondayDate(2026, 3, 2);
const QDate kTuesdayDate(2026, 3, 3);
const QDate kWednesdayDate(2026, 3, 4);
const QDate kThursdayDate(2026, 3, 5);
const QDate kSundayDate(2026, 3, 8);

WeeklySchedule slot(int weekdays, QTime opens, QTime closes, QString description = {})
{
    WeeklySchedule schedule;
    schedule.weekdays = weekdays;
    schedule.opensAt = opens;
    schedule.closesAt = closes;
    schedule.description = std::move(description);
    return schedule;
}

// Monday and Wednesday 9:00–12:00, Monday also 14:00–16:00, Tuesday 14:00–17:00.
QList<WeeklySchedule> counterHours()
{
    return {slot(kMonday, QTime(14, 0), QTime(16, 0), u"Pomeriggio"_s),
            slot(kMonday | kWednesday, QTime(9, 0), QTime(12, 0), u"Mattina"_s),
            slot(kTuesday, QTime(14, 0), QTime(17, 0))};
}

QDateTime at(const QDate &day, int hour, int minute, int second = 0)
{
    return QDateTime(day, QTime(hour, minute, second));
}

} // namespace

TEST_CASE("weekly hours: the slots of a day, sorted by opening time", "[catalogue][schedule]")
{
    const QList<WeeklySchedule> hours = counterHours();
    CHECK(hoursOn(hours, {}, kMondayDate)
          == QList<TimeRange> {{QTime(9, 0), QTime(12, 0), u"Mattina"_s},
                               {QTime(14, 0), QTime(16, 0), u"Pomeriggio"_s}});
    CHECK(hoursOn(hours, {}, kTuesdayDate) == QList<TimeRange> {{QTime(14, 0), QTime(17, 0), {}}});
    CHECK(hoursOn(hours, {}, kWednesdayDate)
          == QList<TimeRange> {{QTime(9, 0), QTime(12, 0), u"Mattina"_s}});
    CHECK(hoursOn(hours, {}, kThursdayDate).isEmpty());
    CHECK(hoursOn(hours, {}, kSundayDate).isEmpty());
    // The same weekday one week later.
    CHECK(hoursOn(hours, {}, kMondayDate.addDays(7)).size() == 2);
}

TEST_CASE("isOpenAt: the opening minute is open, the closing minute is closed",
          "[catalogue][schedule]")
{
    const QList<WeeklySchedule> hours = counterHours();
    CHECK_FALSE(isOpenAt(hours, {}, at(kMondayDate, 8, 59, 59)));
    CHECK(isOpenAt(hours, {}, at(kMondayDate, 9, 0)));
    CHECK(isOpenAt(hours, {}, at(kMondayDate, 11, 59, 59)));
    CHECK_FALSE(isOpenAt(hours, {}, at(kMondayDate, 12, 0)));
    CHECK_FALSE(isOpenAt(hours, {}, at(kMondayDate, 13, 59)));
    CHECK(isOpenAt(hours, {}, at(kMondayDate, 14, 0)));
    CHECK(isOpenAt(hours, {}, at(kMondayDate, 15, 59)));
    CHECK_FALSE(isOpenAt(hours, {}, at(kMondayDate, 16, 0)));
    // Tuesday has only the afternoon.
    CHECK_FALSE(isOpenAt(hours, {}, at(kTuesdayDate, 10, 0)));
    CHECK(isOpenAt(hours, {}, at(kTuesdayDate, 16, 59)));
    CHECK_FALSE(isOpenAt(hours, {}, at(kSundayDate, 10, 0)));
    CHECK_FALSE(isOpenAt({}, {}, at(kMondayDate, 10, 0)));
}

TEST_CASE("a slot applies only within its validity dates, both ends included",
          "[catalogue][schedule]")
{
    WeeklySchedule summer = slot(kEveryDay, QTime(8, 30), QTime(12, 30));
    summer.validFrom = QDate(2026, 6, 15);
    summer.validTo = QDate(2026, 9, 15);
    CHECK_FALSE(summer.appliesOn(QDate(2026, 6, 14)));
    CHECK(summer.appliesOn(QDate(2026, 6, 15)));
    CHECK(summer.appliesOn(QDate(2026, 9, 15)));
    CHECK_FALSE(summer.appliesOn(QDate(2026, 9, 16)));
    CHECK(hoursOn({summer}, {}, QDate(2026, 6, 14)).isEmpty());
    CHECK(hoursOn({summer}, {}, QDate(2026, 6, 15)).size() == 1);
    CHECK_FALSE(isOpenAt({summer}, {}, at(QDate(2026, 9, 16), 9, 0)));
    CHECK(isOpenAt({summer}, {}, at(QDate(2026, 9, 15), 9, 0)));

    WeeklySchedule openEnded = slot(kMonday, QTime(9, 0), QTime(12, 0));
    openEnded.validFrom = QDate(2026, 3, 9);
    CHECK_FALSE(openEnded.appliesOn(kMondayDate)); // 2 March, before the start
    CHECK(openEnded.appliesOn(QDate(2026, 3, 9)));
    CHECK(openEnded.appliesOn(QDate(2026, 3, 9).addDays(7 * 520))); // ten years later
    CHECK_FALSE(openEnded.appliesOn(QDate(2026, 3, 10))); // a Tuesday

    WeeklySchedule untilEnd = slot(kMonday, QTime(9, 0), QTime(12, 0));
    untilEnd.validTo = kMondayDate;
    CHECK(untilEnd.appliesOn(kMondayDate));
    CHECK(untilEnd.appliesOn(kMondayDate.addDays(-7 * 300)));
    CHECK_FALSE(untilEnd.appliesOn(kMondayDate.addDays(7)));
}

TEST_CASE("a closed day overrides the weekly hours", "[catalogue][schedule]")
{
    const QList<WeeklySchedule> hours = {slot(kEveryDay & ~kSaturday, QTime(9, 0), QTime(12, 0))};
    const QDate christmasEve(2026, 12, 24); // a Thursday
    const QList<ScheduleException> exceptions
        = {ScheduleException {christmasEve, true, {}, {}, u"Chiuso"_s}};
    CHECK(hoursOn(hours, exceptions, christmasEve).isEmpty());
    CHECK_FALSE(isOpenAt(hours, exceptions, at(christmasEve, 10, 0)));
    // The days around it keep their hours.
    CHECK(isOpenAt(hours, exceptions, at(christmasEve.addDays(-1), 10, 0)));
    CHECK(isOpenAt(hours, exceptions, at(christmasEve.addDays(7), 10, 0)));
}

TEST_CASE("reduced hours replace the weekly hours of that day", "[catalogue][schedule]")
{
    const QList<WeeklySchedule> hours
        = {slot(kFriday, QTime(9, 0), QTime(12, 0)), slot(kFriday, QTime(14, 0), QTime(17, 0))};
    const QDate ferragosto(2026, 8, 14); // a Friday
    const QList<ScheduleException> exceptions
        = {ScheduleException {ferragosto, false, QTime(9, 0), QTime(11, 0), u"Orario ridotto"_s}};
    CHECK(hoursOn(hours, exceptions, ferragosto)
          == QList<TimeRange> {{QTime(9, 0), QTime(11, 0), u"Orario ridotto"_s}});
    CHECK(isOpenAt(hours, exceptions, at(ferragosto, 9, 0)));
    CHECK(isOpenAt(hours, exceptions, at(ferragosto, 10, 59)));
    CHECK_FALSE(isOpenAt(hours, exceptions, at(ferragosto, 11, 0)));
    CHECK_FALSE(isOpenAt(hours, exceptions, at(ferragosto, 11, 30))); // normally open
    CHECK_FALSE(isOpenAt(hours, exceptions, at(ferragosto, 15, 0))); // normally open
    // A week later the usual hours are back.
    CHECK(hoursOn(hours, exceptions, ferragosto.addDays(7)).size() == 2);

    // An extra opening on a day without weekly hours.
    const QDate saturday(2026, 8, 15);
    const QList<ScheduleException> extra
        = {ScheduleException {saturday, false, QTime(10, 0), QTime(12, 0), u"Apertura"_s}};
    CHECK(hoursOn(hours, {}, saturday).isEmpty());
    CHECK(isOpenAt(hours, extra, at(saturday, 10, 0)));
    CHECK_FALSE(isOpenAt(hours, extra, at(saturday, 12, 0)));
}

TEST_CASE("BYDAY lists: parsing and writing weekday masks", "[catalogue][schedule]")
{
    CHECK(weekdayBit(Qt::Monday) == 1);
    CHECK(weekdayBit(Qt::Sunday) == 64);
    CHECK(weekdaysFromByDay(u"MO,WE"_s) == (kMonday | kWednesday));
    CHECK(weekdaysFromByDay(u"MO,TU,WE,TH,FR,SA,SU"_s) == kEveryDay);
    CHECK(weekdaysFromByDay(u"SU"_s) == weekdayBit(Qt::Sunday));
    // Lower case and spaces are tolerated; the order does not matter.
    CHECK(weekdaysFromByDay(u" fr , mo"_s) == (kMonday | kFriday));
    CHECK(byDayFromWeekdays(kMonday | kWednesday) == u"MO,WE"_s);
    CHECK(byDayFromWeekdays(kFriday | kMonday) == u"MO,FR"_s);
    CHECK(byDayFromWeekdays(kEveryDay) == u"MO,TU,WE,TH,FR,SA,SU"_s);
    CHECK(byDayFromWeekdays(0).isEmpty());

    for (int mask = 1; mask <= kEveryDay; ++mask) {
        CAPTURE(mask);
        REQUIRE(weekdaysFromByDay(byDayFromWeekdays(mask)) == mask);
    }
}

TEST_CASE("BYDAY lists: invalid lists give an empty mask", "[catalogue][schedule]")
{
    for (const QString &invalid :
         {u""_s, u"XX"_s, u"MO,XX"_s, u"MON"_s, u"Monday"_s, u"MO;WE"_s, u"LU,ME"_s, u"1,2"_s}) {
        CAPTURE(invalid);
        CHECK(weekdaysFromByDay(invalid) == 0);
    }
}
