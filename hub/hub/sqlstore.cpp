// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/sqlstore.h"

#include "support/compactjson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

#include <array>
#include <memory>
#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace sportello::hub {

QString statusCode(IngestStatus status)
{
    switch (status) {
    case IngestStatus::Stored:
        return u"stored"_s;
    case IngestStatus::Duplicate:
        return u"duplicate"_s;
    case IngestStatus::Conflict:
        return u"conflict"_s;
    case IngestStatus::Invalid:
        break;
    }
    return u"invalid"_s;
}

namespace {

// SHA-256 (hex) of wire::canonicalContent(event, compactData), fed in its pieces. OpenSSL's,
// not QCryptographicHash's: it uses the processor's SHA instructions where there are any, and
// hashing every event was a sixth of the HTTP thread's time with Qt's portable code.
QString contentHash(const wire::Event &event, const QByteArray &occurred,
                    const QByteArray &compactData)
{
    const QByteArray type = event.type.toUtf8();
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest {};
    unsigned int size = 0;
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          &EVP_MD_CTX_free);
    const bool done = context && EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) == 1
        && EVP_DigestUpdate(context.get(), type.constData(), size_t(type.size())) == 1
        && EVP_DigestUpdate(context.get(), "\n", 1) == 1
        && EVP_DigestUpdate(context.get(), occurred.constData(), size_t(occurred.size())) == 1
        && EVP_DigestUpdate(context.get(), "\n", 1) == 1
        && EVP_DigestUpdate(context.get(), compactData.constData(), size_t(compactData.size())) == 1
        && EVP_DigestFinal_ex(context.get(), digest.data(), &size) == 1;
    if (!done) // only without memory: Qt's hash gives the same bytes
        return QString::fromLatin1(
            QCryptographicHash::hash(wire::canonicalContent(event, compactData),
                                     QCryptographicHash::Sha256)
                .toHex());
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest.data()), qsizetype(size))
            .toHex());
}

} // namespace

IngestEvent prepareEvent(wire::Event event)
{
    IngestEvent prepared;
    const QByteArray data = json::compact(event.data);
    prepared.data = QString::fromUtf8(data);
    prepared.occurred = wire::wireTime(event.occurredAt);
    prepared.hash = contentHash(event, prepared.occurred.toLatin1(), data);
    prepared.event = std::move(event);
    return prepared;
}

Result<std::unique_ptr<Store>> openStore(const QString &url, const QString &connectionName)
{
    auto parsed = detail::parseDatabaseUrl(url);
    if (!parsed)
        return parsed.error();
    auto backend = detail::Backend::open(*parsed, connectionName);
    if (!backend)
        return backend.error();
    return std::unique_ptr<Store>(
        std::make_unique<detail::SqlStore>(std::move(backend).value(), connectionName));
}

namespace detail {

namespace {

const QString kDeskColumns
    = u"id, name, comune, organization_uid, created_at, revoked_at, previous_valid_until,"
      " coordinator"_s;

Desk readDesk(const Rows &query)
{
    Desk desk;
    desk.id = query.value(0).toString();
    desk.name = query.value(1).toString();
    desk.comune = query.value(2).toString();
    desk.organizationUid = query.value(3).toString();
    desk.createdAt = readTime(query.value(4));
    desk.revokedAt = readTime(query.value(5));
    desk.previousTokenValidUntil = readTime(query.value(6));
    desk.coordinator = query.value(7).toInt() != 0;
    return desk;
}

} // namespace

SqlStore::SqlStore(Backend backend, QString connectionName)
    : m_backend(std::move(backend))
    , m_connectionName(std::move(connectionName))
{ }

SqlStore::~SqlStore()
{
    m_backend.close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<wire::District> SqlStore::district()
{
    auto query = m_backend.run(u"SELECT name, comuni FROM district WHERE id = ?"_s, {1});
    if (!query)
        return query.error();
    wire::District district;
    if (query->next()) {
        district.name = query->value(0).toString();
        district.comuni = query->value(1).toString().split(u',', Qt::SkipEmptyParts);
    }
    return district;
}

Status SqlStore::setDistrict(const wire::District &district)
{
    auto done = m_backend.run(u"INSERT INTO district(id, name, comuni) VALUES (?, ?, ?)"
                              " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                              " comuni = excluded.comuni"_s,
                              {1, district.name, district.comuni.join(u',')});
    return done ? Status() : Status(done.error());
}

Result<Desk> SqlStore::addDesk(const Desk &desk, const QByteArray &tokenHash)
{
    Desk added = desk;
    added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return retrying([&]() -> Result<Desk> {
        if (auto began = m_backend.begin(); !began)
            return began.error();
        const auto fail = [this](const Error &error) {
            m_backend.rollback();
            return error;
        };
        auto taken = m_backend.run(u"SELECT 1 FROM desks WHERE name = ?"_s, {desk.name});
        if (!taken)
            return fail(taken.error());
        if (taken->next())
            return fail(makeError(ErrorCode::InvalidArgument, u"desk name taken"_s, {desk.name}));
        auto done = m_backend.run(
            u"INSERT INTO desks(id, name, comune, organization_uid, token_hash,"
            " created_at, coordinator) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            {added.id, added.name, added.comune,
             // Not NULL: "no organization" is the empty text.
             added.organizationUid.isNull() ? u""_s : added.organizationUid,
             QString::fromLatin1(tokenHash), timeText(added.createdAt), added.coordinator ? 1 : 0});
        if (!done)
            return fail(done.error());
        if (!added.organizationUid.isEmpty()) {
            if (auto locked = lockOrganization(added.organizationUid); !locked)
                return fail(locked.error());
            if (auto routed = routeOpenReferrals(added.id, added.organizationUid); !routed)
                return fail(routed.error());
        }
        if (auto committed = m_backend.commit(); !committed)
            return committed.error();
        return added;
    });
}

Result<QList<Desk>> SqlStore::desks()
{
    auto query = m_backend.run(u"SELECT %1 FROM desks ORDER BY name"_s.arg(kDeskColumns));
    if (!query)
        return query.error();
    QList<Desk> list;
    while (query->next())
        list.append(readDesk(*query));
    return list;
}

Result<Desk> SqlStore::desk(const QString &idOrName)
{
    auto query = m_backend.run(u"SELECT %1 FROM desks WHERE id = ? OR name = ?"_s.arg(kDeskColumns),
                               {idOrName, idOrName});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, u"desk"_s, {idOrName});
    return readDesk(*query);
}

Result<std::optional<Desk>> SqlStore::deskByToken(const QByteArray &tokenHash, const QDateTime &now)
{
    const QString hash = QString::fromLatin1(tokenHash);
    auto query = m_backend.run(
        u"SELECT %1 FROM desks WHERE revoked_at IS NULL AND (token_hash = ?"
        " OR (previous_token_hash = ? AND previous_valid_until > ?))"_s.arg(kDeskColumns),
        {hash, hash, timeText(now)});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Desk>();
    return std::make_optional(readDesk(*query));
}

Status SqlStore::revokeDesk(const QString &deskId, const QDateTime &now)
{
    auto done
        = m_backend.run(u"UPDATE desks SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"_s,
                        {timeText(now), deskId});
    return done ? Status() : Status(done.error());
}

Status SqlStore::rotateToken(const QString &deskId, const QByteArray &tokenHash,
                             const QDateTime &graceUntil)
{
    // Idempotent: run again (after a lost connection) it must not make the new token its own
    // "previous" one, which would end the old token's grace at once.
    const QString hash = QString::fromLatin1(tokenHash);
    auto done = m_backend.run(
        u"UPDATE desks SET previous_token_hash = token_hash, previous_valid_until = ?,"
        " token_hash = ? WHERE id = ? AND revoked_at IS NULL AND token_hash <> ?"_s,
        {nullableTime(graceUntil), hash, deskId, hash});
    if (!done)
        return done.error();
    if (done->numRowsAffected() == 1)
        return {};
    auto already = m_backend.run(
        u"SELECT 1 FROM desks WHERE id = ? AND revoked_at IS NULL AND token_hash = ?"_s,
        {deskId, hash});
    if (!already)
        return already.error();
    if (already->next())
        return {};
    return makeError(ErrorCode::NotFound, u"desk"_s, {deskId});
}

Result<QList<Feedback>> SqlStore::feedback()
{
    auto query = m_backend.run(u"SELECT d.name, f.service_id, f.problem, f.catalogue_version,"
                               " f.received_at FROM catalogue_feedback f"
                               " JOIN desks d ON d.id = f.desk_id"
                               " ORDER BY f.received_at, f.event_id"_s);
    if (!query)
        return query.error();
    QList<Feedback> list;
    while (query->next()) {
        Feedback item;
        item.deskName = query->value(0).toString();
        item.serviceId = query->value(1).toString();
        item.problem = query->value(2).toString();
        if (!query->value(3).isNull())
            item.catalogueVersion = query->value(3).toLongLong();
        item.receivedAt = readTime(query->value(4));
        list.append(item);
    }
    return list;
}

Status SqlStore::backup(const QString &path)
{
    if (m_backend.engine() != Engine::Sqlite)
        return makeError(ErrorCode::NotFound, u"backup of PostgreSQL: use pg_dump"_s);
    auto done = m_backend.run(u"VACUUM INTO ?"_s, {path});
    return done ? Status() : Status(done.error());
}

Status SqlStore::checkpoint()
{
    if (m_backend.engine() != Engine::Sqlite)
        return {};
    auto done = m_backend.run(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
    return done ? Status() : Status(done.error());
}

Result<qint64> SqlStore::eventCount()
{
    auto query = m_backend.run(u"SELECT COUNT(*) FROM events"_s);
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::QueryFailed, u"count"_s);
    return query->value(0).toLongLong();
}

Status SqlStore::lockOrganization(const QString &organization)
{
    if (m_backend.engine() != Engine::Postgres)
        return {};
    auto locked = m_backend.run(u"SELECT pg_advisory_xact_lock(hashtext(?))"_s, {organization});
    return locked ? Status() : Status(locked.error());
}

} // namespace detail

} // namespace sportello::hub
