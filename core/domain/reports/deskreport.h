// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The desk's report for a period beside the period before it (issue 15): what the desk did,
// for whom, with which needs, and what became of its referrals — counts only, computed from the
// database's aggregates, never from rows loaded one by one.
namespace sportello::reports {

// Whole days, both ends included.
struct Period
{
    QDate from;
    QDate to;

    [[nodiscard]] bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    [[nodiscard]] qint64 days() const { return from.daysTo(to) + 1; }
    // The period to compare with: the calendar month, quarter or year before when this is
    // one, else as many days just before.
    [[nodiscard]] Period previous() const;

    [[nodiscard]] static Period month(int year, int month);
    [[nodiscard]] static Period quarter(int year, int quarter);
    [[nodiscard]] static Period year(int year);
};

// One count in the period and in the one before.
struct Figure
{
    qint64 current = 0;
    qint64 previous = 0;
};

// Counts by code ("ORIENT", "POV.NORED", "2026-03"), in the order a reader expects: the
// vocabulary's order, or months in time order, or the largest first for the top services.
struct Breakdown
{
    QString id; // "sessions.type", "needs.macro", …: what the rows count
    QStringList codes;
    QList<Figure> figures;
    QStringList labels; // only when the codes are of no vocabulary (services.top: the names)

    [[nodiscard]] Figure value(const QString &code) const;
    [[nodiscard]] Figure total() const;
    void add(const QString &code, Figure figure);
};

// A need recorded in the period that the network has no answer for where the person lives:
// no active service of a category that answers it (people::catalogueCategoriesFor) is open to
// the comune, or the session ended with "no answer available" (NON_COMP).
struct UnmetNeed
{
    QString need; // a code of people::Vocabulary::needs()
    QString comune; // the people's residence code; "ND" for anonymous walk-ins
    qint64 people = 0; // distinct people, each anonymous walk-in counted once
    bool noService = false;
    bool noAnswer = false;
};

struct DeskReport
{
    Period period;
    Period previousPeriod;

    // Sessions (anonymous walk-ins included) and the people met (distinct; new: their first
    // session ever is in the period; returning: met before too).
    Figure sessions;
    Figure anonymousSessions;
    Figure people;
    Figure newPeople;
    Figure returningPeople;
    // Referrals created in the period; those sent whose destination has not answered yet
    // (sent, received, being assessed); median whole days from sending to take-over of those
    // taken over in the period.
    Figure referrals;
    Figure referralsWithoutAnswer;
    Figure takenOver; // the referrals the median is of
    std::optional<double> medianDaysToTakeOver;
    std::optional<double> previousMedianDaysToTakeOver;
    // Follow-ups due in the period: done, and still open after their due date.
    Figure followUpsDone;
    Figure followUpsOverdue;

    // Every table, each with its id: sessions.type, sessions.channel, sessions.month,
    // needs.macro, needs.micro, services.top, services.category, referrals.destination,
    // referrals.state, referrals.outcome, facilitation.ambito, facilitation.kind,
    // facilitation.goal, people.age, people.gender, people.citizenship, people.comune.
    QList<Breakdown> breakdowns;

    // The period's unmet needs, most people first.
    QList<UnmetNeed> unmetNeeds;

    [[nodiscard]] const Breakdown *breakdown(const QString &id) const;
};

} // namespace sportello::reports
