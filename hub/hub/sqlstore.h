// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/backend.h"
#include "hub/store.h"

#include <QSet>

// The store over Qt Sql, the same statements on both backends (SQLite ≥ 3.35 and PostgreSQL
// both speak ON CONFLICT and RETURNING). Private to the hub library: use openStore().
namespace sportello::hub::detail {

class SqlStore final : public Store
{
public:
    SqlStore(Backend backend, QString connectionName);
    ~SqlStore() override;
    Q_DISABLE_COPY_MOVE(SqlStore)

    Result<wire::District> district() override;
    Status setDistrict(const wire::District &district) override;
    Result<Desk> addDesk(const Desk &desk, const QByteArray &tokenHash) override;
    Result<QList<Desk>> desks() override;
    Result<Desk> desk(const QString &idOrName) override;
    Result<std::optional<Desk>> deskByToken(const QByteArray &tokenHash,
                                            const QDateTime &now) override;
    Status revokeDesk(const QString &deskId, const QDateTime &now) override;
    Status rotateToken(const QString &deskId, const QByteArray &tokenHash,
                       const QDateTime &graceUntil) override;
    Result<QList<IngestResult>> ingest(const Desk &desk, const QList<wire::Event> &events,
                                       const QDateTime &now) override;
    Result<QList<QList<IngestResult>>> ingestMany(const QList<IngestBatch> &batches,
                                                  const QDateTime &now) override;
    Result<FeedPage> feed(const QString &deskId, qint64 cursor, int limit) override;
    Result<wire::Event> recordStatus(const wire::StatusChange &change, const QDateTime &now,
                                     const QString &actor) override;
    Result<QList<AddressedReferral>> addressedReferrals(const Addressee &addressee) override;
    Result<QList<Feedback>> feedback() override;
    Result<PublishSummary> publishCatalogue(const QList<CatalogueEntry> &services,
                                            const QDateTime &now) override;
    Result<CatalogueDelta> catalogueDelta(qint64 since) override;
    Status backup(const QString &path) override;
    Status checkpoint() override;
    Result<reports::DistrictCounts> districtCounts(const reports::MonthRange &months) override;
    Result<qint64> eventCount() override;

private:
    struct Incoming;
    // A batch's events sorted by id.
    static QList<Incoming> sorted(const QList<IngestEvent> &events);
    // One batch (prepared) inside the caller's transaction.
    Result<QList<IngestResult>> ingestOne(const Desk &desk, const QList<Incoming> &incoming,
                                          const QDateTime &now);
    // The referrals of the batch that another desk sent first.
    Result<QSet<QString>> referralsOfOtherDesks(const Desk &desk, const QList<Incoming> &incoming);
    // The referrals answered in `incoming` (referral.answered) and the desk that sent each,
    // for those addressed to `desk`'s organization; an answer about any other is refused.
    Result<QHash<QString, QString>> referralsAddressedTo(const Desk &desk,
                                                         const QList<Incoming> &incoming);
    // Keeps the answer `desk` (a destination desk) gave, and forwards it to `originDesk`.
    Status storeAnswer(const Desk &desk, const Incoming &item, const QString &originDesk,
                       const QString &now);
    // A destination's decision (taken on, declined, redirected, closed) counts as an answer
    // in the district report's closed loop (migration 0003 lists the same states).
    static const QStringList &decisions();
    Status markAnswered(const QString &refUuid, const QString &state);
    // Inserts the events whose id is not stored yet; their ids.
    Result<QSet<QString>> insertEvents(const Desk &desk, const QList<const Incoming *> &items,
                                       const QString &received);
    // Duplicate (same desk, same content) or conflict, for events whose id is stored.
    Status compareWithStored(const Desk &desk, const QList<const Incoming *> &items,
                             QList<IngestResult> &results);
    // What newly stored events change: each referral's latest record and its routing to a
    // destination desk, or the catalogue feedback.
    Status apply(const Desk &desk, const QList<const Incoming *> &stored, const QDateTime &now,
                 const QHash<QString, QString> &origins);
    Status storeFeedback(const Desk &desk, const Incoming &item, const QString &now);
    // Appends an event (its data in compact JSON) to a desk's feed under the desk's own
    // counter (the row lock keeps the cursors of concurrent writers in commit order).
    Status appendToFeed(const QString &deskId, const wire::Event &event, const QString &data);
    // A destination desk that joins sees the referrals already sent to its organization and
    // still open (sent, received, being assessed, taken on): each one's latest record goes to
    // its feed as a referral.created, as if it had been there when they were sent.
    Status routeOpenReferrals(const QString &deskId, const QString &organization);
    // Serializes, within the transaction, whoever routes referrals to `organization`'s desks
    // with whoever adds such a desk: under PostgreSQL each statement sees only what was
    // committed before it, so an ingest and a new destination desk could each miss the other.
    // SQLite's write transactions are already one at a time.
    Status lockOrganization(const QString &organization);
    // A write transaction run again while it fails for a reason that may pass.
    template<typename Work>
    auto retrying(Work work) -> decltype(work())
    {
        constexpr int kAttempts = 5;
        for (int attempt = 1;; ++attempt) {
            auto result = work();
            if (result || attempt == kAttempts || !Backend::isRetryable(result.error()))
                return result;
        }
    }

    Backend m_backend;
    QString m_connectionName;
};

} // namespace sportello::hub::detail
