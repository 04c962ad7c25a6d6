// SPDX-License-Identifier: GPL-3.0-or-later
#include "encryptedcopy.h"

#include "sql.h"
#include "sqlite.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace sportello::storage {

bool createPrivateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    file.close();
#if defined(Q_OS_UNIX)
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#else
    return true;
#endif
}

Status expectOk(const SqlConnection &db, const QString &pragma)
{
    auto query = run(db, pragma);
    if (!query)
        return query.error();
    while (query->next()) {
        const QString line = query->value(0).toString();
        if (line != u"ok"_s)
            return makeError(ErrorCode::DatabaseCorrupt, pragma + u": "_s + line.left(200));
    }
    return {};
}

Status exportEncrypted(const SqlConnection &from, const QString &to, QByteArrayView key,
                       const QByteArray &salt)
{
    if (!createPrivateFile(to))
        return makeError(ErrorCode::FileUnwritable, u"cannot create the copy"_s, {to});
    {
        QByteArray literal = "x'" + key.toByteArray().toHex() + salt.toHex() + "'";
        auto attached = runValues(from, u"ATTACH DATABASE ? AS copy KEY ?"_s, {to, literal});
        literal.fill('\0');
        if (!attached)
            return attached.error();
    }
    Status exported = [&]() -> Status {
        // ATTACH is refused inside a transaction; the export runs inside one, so that every
        // table is read from the same snapshot while others write.
        if (auto begun = run(from, u"BEGIN"_s); !begun)
            return begun.error();
        Status inside = [&]() -> Status {
            auto version = scalar(from, u"PRAGMA main.user_version"_s);
            if (!version)
                return version.error();
            auto application = scalar(from, u"PRAGMA main.application_id"_s);
            if (!application)
                return application.error();
            for (const QString &sql :
                 {u"SELECT sqlcipher_export('copy')"_s,
                  u"PRAGMA copy.user_version = %1"_s.arg(version->toLongLong()),
                  u"PRAGMA copy.application_id = %1"_s.arg(application->toLongLong())}) {
                auto query = run(from, sql);
                if (!query)
                    return query.error();
            }
            return {};
        }();
        auto ended = run(from, inside ? u"COMMIT"_s : u"ROLLBACK"_s);
        if (!inside)
            return inside;
        if (!ended)
            return ended.error();
        return {};
    }();
    auto detached = run(from, u"DETACH DATABASE copy"_s);
    if (!exported)
        return exported;
    if (!detached)
        return detached.error();
    return {};
}

Status verifyEncrypted(const QString &path, QByteArrayView key, const QByteArray &salt)
{
    auto copy = SqlConnection::open(path, key, salt);
    if (!copy)
        return copy.error();
    for (const QString &pragma : {u"PRAGMA integrity_check"_s, u"PRAGMA foreign_key_check"_s}) {
        if (auto status = expectOk(*copy, pragma); !status)
            return status;
    }
    auto cipherCheck = run(*copy, u"PRAGMA cipher_integrity_check"_s);
    if (!cipherCheck)
        return cipherCheck.error();
    if (cipherCheck->next())
        return makeError(ErrorCode::DatabaseCorrupt, cipherCheck->value(0).toString());
    return {};
}

} // namespace sportello::storage
