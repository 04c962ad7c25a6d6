// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <functional>
#include <optional>
#include <utility>

namespace sportello::storage {

class Database;

// What the desk did in one period, as the database's aggregates give it (issue 15): counts by
// code, never rows of people. Coded columns only, so it works while the vault is locked; the
// report service assembles the report from two of these.
struct PeriodCounts
{
    qint64 sessions = 0;
    qint64 anonymousSessions = 0;
    qint64 people = 0;
    qint64 newPeople = 0;
    qint64 referrals = 0;
    qint64 referralsWithoutAnswer = 0;
    qint64 followUpsDone = 0;
    qint64 followUpsOverdue = 0;
    QList<qint64> daysToTakeOver; // of each referral taken over in the period
    // By table id (see reports::DeskReport::breakdowns): each code with its count, in the
    // database's order; people.birth_year stands for people.age (folded into bands above).
    QHash<QString, QList<std::pair<QString, qint64>>> tables;
    QHash<QString, QString> serviceNames; // services.top: uid → the name it was recorded with
};

// One need as recorded in the period, where: the raw material of the unmet needs.
struct RecordedNeed
{
    QString need;
    QString comune; // "ND" for anonymous walk-ins
    qint64 people = 0; // distinct people; anonymous walk-ins each count once
    qint64 peopleWithoutAnswer = 0; // of them, in a session that ended with NON_COMP
};

// An active service as the unmet needs see it: its categories and the comuni it is limited to
// (empty: open to every comune).
struct ServiceReach
{
    QStringList categories;
    QStringList comuni;
};

// People counted by one or two coded columns: each row a combination and its distinct people.
struct CodedCount
{
    QString first;
    QString second;
    qint64 people = 0;
};

class ReportQueries final
{
public:
    // Gives the calling thread's connection a larger page cache while the object lives.
    explicit ReportQueries(Database &database);
    ~ReportQueries();
    Q_DISABLE_COPY_MOVE(ReportQueries)

    // Sessions from `from` to `to` (local days, both included); follow-ups due in those days,
    // overdue when still open before `today`; at most `topServices` services.
    // Called before each statement; false stops with ErrorCode::Cancelled.
    using Step = std::function<bool()>;
    static constexpr int kSteps = 20; // the statements of count()

    [[nodiscard]] Result<PeriodCounts> count(const QDate &from, const QDate &to, const QDate &today,
                                             int topServices, const Step &step = {}) const;
    // The needs recorded in the sessions from `from` to `to`, by need, comune and whether the
    // session had no answer available.
    [[nodiscard]] Result<QList<RecordedNeed>> recordedNeeds(const QDate &from,
                                                            const QDate &to) const;
    // The catalogue's active services, by category and comuni.
    [[nodiscard]] Result<QList<ServiceReach>> activeServices() const;
    // The people with a need of each Caritas macro-voce (`caritasOf`: the desk's macro code →
    // the Caritas one) in the sessions of the period, by Caritas macro-voce and `column` of
    // people ("gender" or "citizenship"); each anonymous walk-in counts once, as "ND".
    [[nodiscard]] Result<QList<CodedCount>>
    caritasPeople(const QDate &from, const QDate &to,
                  const QList<std::pair<QString, QString>> &caritasOf, const QString &column) const;
    // The people of the period's digital-facilitation sessions by `column` of people
    // ("birth_year", "gender", "education", "employment"), or the sessions by "kind" or
    // "ambito"; anonymous walk-ins count once each, as "ND".
    [[nodiscard]] Result<QList<CodedCount>> facilitation(const QDate &from, const QDate &to,
                                                         const QString &column) const;

private:
    static constexpr int kCacheKiB = -65536; // 64 MiB (negative: KiB, as SQLite has it)

    Database &m_database;
    std::optional<qint64> m_previousCacheSize;
};

} // namespace sportello::storage
