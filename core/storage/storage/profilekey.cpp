// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilekey.h"

#include "crypto/secretstore.h"
#include "encryptedcopy.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/database.h"
#include "storage/databasekey.h"
#include "support/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {

EncryptionStepHook &stepHook()
{
    static EncryptionStepHook hook;
    return hook;
}

// True when a test asked to stop after `step`.
bool stopsAfter(EncryptionStep step)
{
    const EncryptionStepHook &hook = stepHook();
    return hook && hook(step);
}

Error interrupted()
{
    return makeError(ErrorCode::Cancelled, u"encryption stopped by a test"_s);
}

void removeWithSidecars(const QString &path, std::initializer_list<const char *> suffixes)
{
    QFile::remove(path);
    for (const char *suffix : suffixes)
        QFile::remove(path + QString::fromLatin1(suffix));
}

// Overwrites a file set aside with zeros before removing it: on a disk that writes in place the
// plain data then goes too (SSDs and copy-on-write filesystems may keep old blocks, which
// docs/privacy.md says).
void scrub(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(64 * 1024, '\0');
        for (qint64 left = file.size(); left > 0; left -= zeros.size())
            file.write(zeros.constData(), qMin<qint64>(left, zeros.size()));
        file.flush();
        file.close();
    }
    if (!QFile::remove(path))
        qCWarning(lcStorage) << "cannot remove the plain database set aside";
}

Result<DatabaseKey> lookUpKey(crypto::SecretStore &secrets, const QByteArray &salt)
{
    auto bytes = secrets.read(DatabaseKey::keychainAccount(salt));
    if (!bytes) {
        if (bytes.error().code == ErrorCode::SecretNotFound)
            return makeError(ErrorCode::DatabaseKeyMissing, u"no keychain entry for the file"_s);
        return bytes.error();
    }
    return DatabaseKey::fromBytes(*bytes, salt);
}

// Row counts of every table, and the schema version, to compare the copy with the original.
Result<QHash<QString, qlonglong>> tableCounts(const SqlConnection &db)
{
    auto names = run(db, u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s);
    if (!names)
        return names.error();
    QStringList tables;
    while (names->next())
        tables.append(names->value(0).toString());
    names->finish();
    QHash<QString, qlonglong> counts;
    for (const QString &table : tables) {
        QString quoted = table;
        quoted.replace(u'"', u"\"\""_s);
        auto count = scalar(db, u"SELECT count(*) FROM \"%1\""_s.arg(quoted));
        if (!count)
            return count.error();
        counts.insert(table, count->toLongLong());
    }
    for (const QString &pragma : {u"user_version"_s, u"application_id"_s}) {
        auto value = scalar(db, u"PRAGMA "_s + pragma);
        if (!value)
            return value.error();
        counts.insert(u"pragma "_s + pragma, value->toLongLong());
    }
    return counts;
}

// Encrypts the plain database at `path` under a new key (decision 30): the key goes to the
// keychain first, the encrypted copy is made and verified beside the file, then swapped in.
Result<DatabaseKey> encryptPlainDatabase(const QString &path, crypto::SecretStore &secrets)
{
    qCInfo(lcStorage) << "encrypting a profile database from before decision 30";
    auto plain = SqlConnection::open(path, {});
    if (!plain)
        return plain.error();
    {
        auto checkpoint = run(*plain, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        if (!checkpoint)
            return checkpoint.error();
        if (checkpoint->next() && checkpoint->value(0).toInt() != 0)
            return makeError(ErrorCode::DatabaseBusy, u"checkpoint before encryption blocked"_s);
    }
    if (auto status = expectOk(*plain, u"PRAGMA integrity_check"_s); !status)
        return status.error();
    auto before = tableCounts(*plain);
    if (!before)
        return before.error();

    auto key = DatabaseKey::generate();
    if (!key)
        return key.error();
    if (auto stored = storeKey(secrets, *key); !stored)
        return stored.error();
    if (stopsAfter(EncryptionStep::KeyStored))
        return interrupted();

    const QString copy = path + QString::fromLatin1(kEncryptingSuffix);
    removeWithSidecars(copy, {"-journal", "-wal", "-shm"});
    if (auto exported = exportEncrypted(*plain, copy, key->keyBytes(), key->salt()); !exported)
        return exported.error();
    if (stopsAfter(EncryptionStep::Exported))
        return interrupted();

    if (auto verified = verifyEncrypted(copy, key->keyBytes(), key->salt()); !verified)
        return verified.error();
    {
        auto encrypted = SqlConnection::open(copy, key->keyBytes(), key->salt());
        if (!encrypted)
            return encrypted.error();
        auto after = tableCounts(*encrypted);
        if (!after)
            return after.error();
        if (*after != *before)
            return makeError(ErrorCode::DatabaseCorrupt,
                             u"the encrypted copy does not hold the same rows"_s);
    }
    if (stopsAfter(EncryptionStep::Verified))
        return interrupted();

    *plain = {}; // closes the plain file: its WAL, checkpointed above, goes with it
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    const QString aside = path + QString::fromLatin1(kPlainSuffix);
    QFile::remove(aside);
    if (!QFile::rename(path, aside))
        return makeError(ErrorCode::FileUnwritable, u"cannot set the plain database aside"_s,
                         {path});
    if (stopsAfter(EncryptionStep::PlainSetAside))
        return interrupted();
    if (!QFile::rename(copy, path))
        return makeError(ErrorCode::FileUnwritable, u"cannot put the encrypted copy in place"_s,
                         {path});
    if (stopsAfter(EncryptionStep::Swapped))
        return interrupted();
    scrub(aside);
    qCInfo(lcStorage) << "profile database encrypted";
    return key;
}

} // namespace

Status storeKey(crypto::SecretStore &secrets, const DatabaseKey &key)
{
    const QByteArray bytes = key.keyBytes().toByteArray();
    if (auto written = secrets.write(key.keychainAccount(), bytes); !written)
        return written;
    auto back = secrets.read(key.keychainAccount());
    if (!back)
        return back.error();
    if (*back != bytes)
        return makeError(ErrorCode::SecretStoreUnavailable,
                         u"the keychain gave back another value"_s,
                         {u"the keychain gave back another value"_s});
    return {};
}

void setEncryptionStepHookForTest(EncryptionStepHook hook)
{
    stepHook() = std::move(hook);
}

void recoverInterruptedEncryption(const QString &databasePath)
{
    const QString copy = databasePath + QString::fromLatin1(kEncryptingSuffix);
    const QString aside = databasePath + QString::fromLatin1(kPlainSuffix);
    if (databaseFileKind(databasePath) == DatabaseFileKind::Missing && QFile::exists(aside)) {
        // Stopped between the two renames: the copy was verified before the first.
        QFile::remove(databasePath);
        if (databaseFileKind(copy) == DatabaseFileKind::Encrypted)
            QFile::rename(copy, databasePath);
        else
            QFile::rename(aside, databasePath);
    }
    if (QFile::exists(copy))
        removeWithSidecars(copy, {"-journal", "-wal", "-shm"});
    if (QFile::exists(aside) && databaseFileKind(databasePath) == DatabaseFileKind::Encrypted)
        scrub(aside);
}

Result<DatabaseKey> profileDatabaseKey(const QString &databasePath, crypto::SecretStore &secrets,
                                       bool *created)
{
    if (created)
        *created = false;
    QByteArray salt;
    switch (databaseFileKind(databasePath, &salt)) {
    case DatabaseFileKind::Missing: {
        // A WAL without its database holds nothing of a person: a first start that stopped.
        QFile::remove(databasePath + u"-wal"_s);
        QFile::remove(databasePath + u"-shm"_s);
        auto key = DatabaseKey::generate();
        if (!key)
            return key.error();
        if (auto stored = storeKey(secrets, *key); !stored)
            return stored.error();
        if (created)
            *created = true;
        return key;
    }
    case DatabaseFileKind::Plain:
        return encryptPlainDatabase(databasePath, secrets);
    case DatabaseFileKind::Encrypted:
        return lookUpKey(secrets, salt);
    case DatabaseFileKind::Unreadable:
        break;
    }
    return makeError(ErrorCode::DatabaseNotSportello, u"the database file is unreadable"_s);
}

} // namespace sportello::storage
