// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/districtreport.h"
#include "support/result.h"
#include "wire/events.h"
#include "wire/record.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

// What the hub keeps: its district, its enrolled desks, the events the desks sent (each once)
// and the events addressed to each desk. One interface over two real backends (SQLite for a
// district, PostgreSQL for a region or a hosting provider); hub processes keep no state of
// their own, so several of them over one PostgreSQL database behave as one hub.
namespace sportello::hub {

struct Desk
{
    QString id; // UUID given at enrolment
    QString name;
    QString comune; // ISTAT code
    QString organizationUid; // the desk's organization in the public catalogue, may be empty
    QDateTime createdAt;
    QDateTime revokedAt; // invalid while the desk is enrolled
    QDateTime previousTokenValidUntil; // the grace period of a rotated token
    bool coordinator = false; // its token may read the district report
};

// What became of one posted event.
enum class IngestStatus { Stored, Duplicate, Conflict, Invalid };
struct IngestResult
{
    QString id;
    IngestStatus status = IngestStatus::Invalid;
    QString field; // for Invalid: where
    QString detail;
};
[[nodiscard]] QString statusCode(IngestStatus status); // "stored", "duplicate", …

// An event ready for the store: its data serialized and its content hashed once, on the
// thread that received it, so that the store's own thread only writes.
struct IngestEvent
{
    wire::Event event;
    QString data; // the data in compact JSON
    QString occurred; // the wire time
    QString hash; // SHA-256 (hex) of wire::canonicalContent()
};
[[nodiscard]] IngestEvent prepareEvent(wire::Event event);

// A desk's batch on its way to the store.
struct IngestBatch
{
    Desk desk;
    QList<IngestEvent> events;
};

// An event of a desk's feed, with the cursor that follows it.
struct FeedEvent
{
    qint64 cursor = 0;
    wire::Event event;
};
struct FeedPage
{
    QList<FeedEvent> events;
    qint64 next = 0;
    bool more = false;
};

struct Feedback
{
    QString deskName;
    QString serviceId;
    QString problem;
    std::optional<qint64> catalogueVersion;
    QDateTime receivedAt;
};

// What a publication changed.
struct PublishSummary
{
    qint64 version = 0; // the new version; unchanged when nothing changed
    int added = 0;
    int changed = 0;
    int removed = 0;
};

// A service of the catalogue as the hub publishes it: its uid and its JSON object (compact).
struct CatalogueEntry
{
    QString uid;
    QByteArray body;
};

struct CatalogueDelta
{
    qint64 version = 0;
    QList<QByteArray> upserts; // compact JSON objects, in uid order
    QStringList removals;
};

// A referral as its destination reads it on the web (issue 16, point 4): the anonymized record
// the hub holds, the sending desk's name and the answers given so far, oldest first.
struct AddressedAnswer
{
    QString state;
    QString reason;
    QString outcome;
    QString answeredBy; // "hub" (the administrator) or "comune:USERNAME"
    QDateTime recordedAt;
};
struct AddressedReferral
{
    QString refUuid;
    QString deskName;
    QJsonObject record;
    QString state; // the latest, as the desk or an answer left it
    QDateTime occurredAt;
    QList<AddressedAnswer> answers;
};
// Which referrals: those of people living in `comune` sent to one of `destinationTypes`,
// newest first, at most `limit`; with `refUuid`, only that one if it is among them; with
// `openOnly`, only those still waiting for a decision or taken on.
struct Addressee
{
    QString comune;
    QStringList destinationTypes;
    QString refUuid;
    bool openOnly = false;
    int limit = 200;
};

class Store
{
public:
    virtual ~Store() = default;

    [[nodiscard]] virtual Result<wire::District> district() = 0;
    [[nodiscard]] virtual Status setDistrict(const wire::District &district) = 0;

    // Enrols a desk with the hash of its token; fails with InvalidArgument if the name is taken.
    [[nodiscard]] virtual Result<Desk> addDesk(const Desk &desk, const QByteArray &tokenHash) = 0;
    [[nodiscard]] virtual Result<QList<Desk>> desks() = 0;
    // The desk by its id or its name; NotFound when none.
    [[nodiscard]] virtual Result<Desk> desk(const QString &idOrName) = 0;
    // The enrolled desk whose current token (or rotated one, still in its grace period at
    // `now`) has this hash; empty for an unknown, revoked or expired token.
    [[nodiscard]] virtual Result<std::optional<Desk>> deskByToken(const QByteArray &tokenHash,
                                                                  const QDateTime &now)
        = 0;
    [[nodiscard]] virtual Status revokeDesk(const QString &deskId, const QDateTime &now) = 0;
    // A new token; the old one stays valid until `graceUntil`.
    [[nodiscard]] virtual Status rotateToken(const QString &deskId, const QByteArray &tokenHash,
                                             const QDateTime &graceUntil)
        = 0;

    // Stores each event once, whatever the retries, races and processes: a result per event
    // in the order given. The batch is one transaction.
    [[nodiscard]] virtual Result<QList<IngestResult>>
    ingest(const Desk &desk, const QList<wire::Event> &events, const QDateTime &now) = 0;
    // Several desks' batches in one transaction (one commit, one sync of the disk), each
    // stored as ingest() would in the order given: a list of results per batch.
    [[nodiscard]] virtual Result<QList<QList<IngestResult>>>
    ingestMany(const QList<IngestBatch> &batches, const QDateTime &now) = 0;
    // The events addressed to a desk after `cursor`, at most `limit`.
    [[nodiscard]] virtual Result<FeedPage> feed(const QString &deskId, qint64 cursor, int limit)
        = 0;
    // A destination's answer to a referral: becomes an event addressed to the desk that sent
    // it. NotFound for a referral the hub never received.
    // `actor` says who recorded it: "hub" (the administrator) or "comune:USERNAME".
    [[nodiscard]] virtual Result<wire::Event>
    recordStatus(const wire::StatusChange &change, const QDateTime &now, const QString &actor) = 0;
    [[nodiscard]] virtual Result<QList<AddressedReferral>>
    addressedReferrals(const Addressee &addressee) = 0;
    [[nodiscard]] virtual Result<QList<Feedback>> feedback() = 0;

    // Publishes the whole catalogue: a new version holding the services added, changed or
    // gone since the last one; nothing changes (and no version is made) for the same content.
    [[nodiscard]] virtual Result<PublishSummary>
    publishCatalogue(const QList<CatalogueEntry> &services, const QDateTime &now) = 0;
    // The services changed and removed after version `since` (0: everything current).
    [[nodiscard]] virtual Result<CatalogueDelta> catalogueDelta(qint64 since) = 0;

    // A consistent copy of a SQLite database (VACUUM INTO); NotFound for PostgreSQL, whose
    // backup is pg_dump's.
    [[nodiscard]] virtual Status backup(const QString &path) = 0;
    // SQLite: copies what the write-ahead log holds into the database without waiting for
    // readers or writers (a passive checkpoint), so no commit has to; PostgreSQL: nothing.
    [[nodiscard]] virtual Status checkpoint() = 0;
    // What the district report counts over the referrals whose month is in `months`: every
    // count exact, for publishDistrict() to suppress before anything leaves the hub.
    [[nodiscard]] virtual Result<reports::DistrictCounts>
    districtCounts(const reports::MonthRange &months) = 0;

    // How many events are stored: for the admin and the tests.
    [[nodiscard]] virtual Result<qint64> eventCount() = 0;
};

// Opens the store a URL names: "sqlite:PATH" (or a plain path) or
// "postgresql://USER@HOST:PORT/DBNAME" (HOST may be a socket directory, "%2F"-encoded),
// creating or upgrading its schema. `connectionName` must be unique in the process.
[[nodiscard]] Result<std::unique_ptr<Store>> openStore(const QString &url,
                                                       const QString &connectionName);

} // namespace sportello::hub
