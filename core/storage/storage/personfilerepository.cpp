// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/personfilerepository.h"

#include "connection.h"
#include "crypto/vault.h"
#include "sql.h"
#include "storage/database.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {

// Bound to the row's person and kind; the row id is not known before the insert.
QByteArray contextOf(qint64 personId, const QString &kind, const QString &writtenAt)
{
    return "person_file/" + QByteArray::number(personId) + '/' + kind.toUtf8() + '/'
        + writtenAt.toUtf8();
}

} // namespace

PersonFileRepository::PersonFileRepository(Database &database, const crypto::Vault &vault)
    : m_database(database)
    , m_vault(vault)
{ }

Result<qint64> PersonFileRepository::add(const people::PersonFile &file)
{
    const QString at = storedTime(file.writtenAt);
    auto sealed = m_vault.seal(file.path, contextOf(file.personId, file.kind, at));
    if (!sealed)
        return sealed.error();
    auto query = run(connectionOf(m_database),
                     u"INSERT INTO person_files(person_id, kind, sealed_path, written_at, "
                     "written_by) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                     {file.personId, file.kind, *sealed, at, nullableId(file.writtenBy)});
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toLongLong();
}

Result<QList<people::PersonFile>> PersonFileRepository::ofPerson(qint64 personId) const
{
    auto query = run(connectionOf(m_database),
                     u"SELECT id, kind, sealed_path, written_at, written_by FROM person_files "
                     "WHERE person_id = ? ORDER BY written_at DESC, id DESC"_s,
                     {personId});
    if (!query)
        return query.error();
    QList<people::PersonFile> files;
    while (query->next()) {
        people::PersonFile file;
        file.id = query->value(0).toLongLong();
        file.personId = personId;
        file.kind = query->value(1).toString();
        const QString at = query->value(3).toString();
        auto path = m_vault.open(query->value(2).toByteArray(), contextOf(personId, file.kind, at));
        if (!path)
            return path.error();
        file.path = *path;
        file.writtenAt = readStoredTime(at);
        file.writtenBy = query->value(4).toLongLong();
        files.append(file);
    }
    return files;
}

Result<int> PersonFileRepository::rekey(const crypto::Vault &previous)
{
    const SqlConnection db = connectionOf(m_database);
    auto query
        = run(db, u"SELECT id, person_id, kind, sealed_path, written_at FROM person_files"_s);
    if (!query)
        return query.error();
    QList<std::pair<qint64, QByteArray>> resealed;
    while (query->next()) {
        const QByteArray context = contextOf(
            query->value(1).toLongLong(), query->value(2).toString(), query->value(4).toString());
        auto path = previous.open(query->value(3).toByteArray(), context);
        if (!path)
            return path.error();
        auto sealed = m_vault.seal(*path, context);
        if (!sealed)
            return sealed.error();
        resealed.append({query->value(0).toLongLong(), *sealed});
    }
    for (const auto &[id, sealed] : std::as_const(resealed)) {
        auto updated
            = run(db, u"UPDATE person_files SET sealed_path = ? WHERE id = ?"_s, {sealed, id});
        if (!updated)
            return updated.error();
    }
    return int(resealed.size());
}

} // namespace sportello::storage
