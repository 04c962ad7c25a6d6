// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/backupfile.h"

#include "encryptedcopy.h"
#include "storage/database.h"
#include "storage/databasekey.h"
#include "storage/profile.h"
#include "storage/recoveryslot.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sportello::storage {

namespace {

// The first line of every backup: the format and its version.
constexpr char kFirstLine[] = "SPORTELLO-BACKUP/1\n";
constexpr qsizetype kChunkBytes = 1024 * 1024;
// The live copy is made in the profile's folder (local, and as private as the database).
constexpr char kCopyPrefix[] = "sportello-backup-";
constexpr char kCopySuffix[] = ".db";

Error malformed(const QString &path, const QString &why)
{
    return makeError(ErrorCode::BackupMalformed, why, {QDir::toNativeSeparators(path)});
}

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, u"backup cancelled"_s);
}

// A write that fails on a full disk says so: the person then knows to free space or use
// another stick.
Error writeError(const QFileDevice &file, const QString &path)
{
    if (file.error() == QFileDevice::ResourceError)
        return makeError(ErrorCode::StorageFull, u"no space left"_s,
                         {QDir::toNativeSeparators(path)});
    return makeError(ErrorCode::FileUnwritable, file.errorString(),
                     {QDir::toNativeSeparators(path)});
}

// The live copies an interrupted backup left in the profile's folder (a crash, a power cut):
// removed once they are a day old, so that a backup under way in this process is never hit.
void removeStaleCopies(const QDir &dataDir, const QDateTime &now)
{
    // Only the copies' own names (a uuid between the prefix and the suffix), case and all.
    static const QRegularExpression copyName(
        u"^"_s + QString::fromLatin1(kCopyPrefix)
        + u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.db(\\.partial-[0-9a-f]{8})?(-wal|-shm|-journal)?$"_s);
    const QStringList names
        = dataDir.entryList({QString::fromLatin1(kCopyPrefix) + u'*'}, QDir::Files);
    for (const QString &name : names) {
        if (!copyName.match(name).hasMatch())
            continue;
        const QFileInfo info(dataDir.filePath(name));
        if (info.lastModified().toUTC().addDays(1) < now)
            QFile::remove(info.filePath());
    }
}

QJsonObject headerJson(const BackupHeader &header)
{
    QJsonObject json {
        {u"schema_version"_s, header.schemaVersion},
        {u"created_at"_s, header.createdAt.toUTC().toString(Qt::ISODate)},
        {u"salt"_s, QString::fromLatin1(header.salt.toHex())},
        {u"database_bytes"_s, QString::number(header.databaseBytes)},
        {u"database_sha256"_s, QString::fromLatin1(header.databaseSha256.toHex())},
    };
    if (!header.recoverySlot.isEmpty())
        json.insert(u"recovery_slot"_s, QJsonDocument::fromJson(header.recoverySlot).object());
    return json;
}

Result<BackupHeader> parseHeader(const QByteArray &line, const QString &path)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed(path, u"the header is not JSON"_s);
    const QJsonObject json = document.object();
    BackupHeader header;
    header.schemaVersion = json.value(u"schema_version"_s).toInt(0);
    header.createdAt
        = QDateTime::fromString(json.value(u"created_at"_s).toString(), Qt::ISODate).toUTC();
    header.salt = QByteArray::fromHex(json.value(u"salt"_s).toString().toLatin1());
    bool sizeOk = false;
    header.databaseBytes = json.value(u"database_bytes"_s).toString().toLongLong(&sizeOk);
    header.databaseSha256
        = QByteArray::fromHex(json.value(u"database_sha256"_s).toString().toLatin1());
    if (json.value(u"recovery_slot"_s).isObject())
        header.recoverySlot = QJsonDocument(json.value(u"recovery_slot"_s).toObject())
                                  .toJson(QJsonDocument::Indented);
    if (header.schemaVersion <= 0 || !header.createdAt.isValid()
        || header.salt.size() != DatabaseKey::kSaltBytes || !sizeOk || header.databaseBytes <= 0
        || header.databaseSha256.size() != 32)
        return malformed(path, u"the header lacks a field"_s);
    return header;
}

// Reads the first line and the header; leaves `file` at the first byte of the database.
Result<BackupHeader> readHeaderFrom(QFile &file, const QString &path)
{
    const QByteArray first = file.read(sizeof(kFirstLine) - 1);
    if (first != QByteArray(kFirstLine))
        return malformed(path, u"not a Sportello backup"_s);
    const QByteArray line = file.readLine(BackupFile::kMaxHeaderBytes);
    if (!line.endsWith('\n'))
        return malformed(path, u"the header is cut short or too long"_s);
    return parseHeader(line.chopped(1), path);
}

// Hashes the file at `path`, reporting progress over the first half of `total`.
Result<QByteArray> sha256Of(const QString &path, qint64 total, const BackupProgress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, file.errorString(), {path});
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 done = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunkBytes);
        if (chunk.isEmpty())
            return makeError(ErrorCode::FileUnreadable, file.errorString(), {path});
        hash.addData(chunk);
        done += chunk.size();
        if (progress && !progress(done, total))
            return cancelled();
    }
    return hash.result();
}

// Copies `length` bytes from `from` to `to`, hashing them; progress goes from `base` to
// `base + length` out of `total`.
Result<QByteArray> copyHashed(QFile &from, QFileDevice &to, qint64 length, qint64 base,
                              qint64 total, const BackupProgress &progress, const QString &fromPath,
                              const QString &toPath)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 done = 0;
    while (done < length) {
        const QByteArray chunk = from.read(std::min(kChunkBytes, length - done));
        if (chunk.isEmpty())
            return malformed(fromPath, u"the database copy is cut short"_s);
        hash.addData(chunk);
        if (to.write(chunk) != chunk.size())
            return writeError(to, toPath);
        done += chunk.size();
        if (progress && !progress(base + done, total))
            return cancelled();
    }
    return hash.result();
}

void makeOwnerOnly(QFileDevice &file)
{
#if defined(Q_OS_UNIX)
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#else
    Q_UNUSED(file)
#endif
}

} // namespace

Result<BackupHeader> BackupFile::write(Database &database, const QString &outPath,
                                       const QDateTime &now, const BackupProgress &progress)
{
    if (QFileInfo::exists(outPath))
        return makeError(ErrorCode::FileUnwritable, u"the backup file exists already"_s,
                         {QDir::toNativeSeparators(outPath)});
    const QFileInfo databaseFile(database.filePath());
    const QDir dataDir = databaseFile.absoluteDir();
    removeStaleCopies(dataDir, now);

    BackupHeader header;
    header.createdAt = now.toUTC();
    header.schemaVersion = database.schemaVersion();
    if (databaseFileKind(database.filePath(), &header.salt) != DatabaseFileKind::Encrypted)
        return makeError(ErrorCode::DatabaseCorrupt, u"the database is not an encrypted file"_s);
    if (database.hasRecoverySlot()) {
        QFile slot(dataDir.filePath(QString::fromLatin1(RecoverySlot::kFileName)));
        if (slot.open(QIODevice::ReadOnly))
            header.recoverySlot = slot.read(kMaxHeaderBytes);
    }

    // The live copy, checked, in the profile's folder; it goes whatever happens next.
    const QString copyPath = dataDir.filePath(QString::fromLatin1(kCopyPrefix)
                                              + QUuid::createUuid().toString(QUuid::WithoutBraces)
                                              + QString::fromLatin1(kCopySuffix));
    const auto removeCopy = qScopeGuard([&copyPath] { QFile::remove(copyPath); });
    if (progress && !progress(0, 0))
        return cancelled();
    if (auto copied
        = database.backupTo(copyPath, [&progress] { return !progress || progress(0, 0); });
        !copied)
        return copied.error();

    header.databaseBytes = QFileInfo(copyPath).size();
    const qint64 total = header.databaseBytes * 2;
    auto digest = sha256Of(copyPath, total, progress);
    if (!digest)
        return digest.error();
    header.databaseSha256 = *digest;

    const QByteArray headerLine
        = QJsonDocument(headerJson(header)).toJson(QJsonDocument::Compact) + '\n';
    if (headerLine.size() >= kMaxHeaderBytes) // a restore would refuse it: never write it
        return makeError(ErrorCode::Internal, u"the backup's header is too large"_s);
    QSaveFile out(outPath);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::FileUnwritable, out.errorString(),
                         {QDir::toNativeSeparators(outPath)});
    // Owner-only before the first byte, like the database (the header holds the sealed slot).
    makeOwnerOnly(out);
    if (out.write(kFirstLine, sizeof(kFirstLine) - 1) != qint64(sizeof(kFirstLine) - 1)
        || out.write(headerLine) != headerLine.size())
        return writeError(out, outPath);
    QFile copy(copyPath);
    if (!copy.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, copy.errorString(), {copyPath});
    auto written = copyHashed(copy, out, header.databaseBytes, header.databaseBytes, total,
                              progress, copyPath, outPath);
    if (!written)
        return written.error();
    if (*written != header.databaseSha256) // the copy changed under us: never name it
        return makeError(ErrorCode::DatabaseCorrupt, u"the copy changed while it was written"_s);
    if (!out.commit())
        return writeError(out, outPath);
    return header;
}

Result<BackupHeader> BackupFile::readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, file.errorString(),
                         {QDir::toNativeSeparators(path)});
    auto header = readHeaderFrom(file, path);
    if (header && file.size() - file.pos() != header->databaseBytes)
        return malformed(path, u"the file's length does not match its header"_s);
    return header;
}

Result<BackupHeader> BackupFile::restore(const QString &path, const QString &dataDir,
                                         int programSchemaVersion, const BackupProgress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, file.errorString(),
                         {QDir::toNativeSeparators(path)});
    auto header = readHeaderFrom(file, path);
    if (!header)
        return header.error();
    if (file.size() - file.pos() != header->databaseBytes)
        return malformed(path, u"the file's length does not match its header"_s);
    if (header->schemaVersion > programSchemaVersion)
        return makeError(
            ErrorCode::DatabaseTooNew, u"the backup is of a newer schema"_s,
            {QString::number(header->schemaVersion), QString::number(programSchemaVersion)});

    const QDir dir(dataDir);
    if (!dir.mkpath(u"."_s))
        return makeError(ErrorCode::DataDirUnavailable, u"cannot create the folder"_s,
                         {QDir::toNativeSeparators(dataDir)});
    const QString databasePath = dir.filePath(QString::fromLatin1(Profile::kDatabaseFileName));
    const QString slotPath = dir.filePath(QString::fromLatin1(RecoverySlot::kFileName));
    if (databaseFileKind(databasePath) != DatabaseFileKind::Missing
        || QFileInfo::exists(databasePath + u"-wal"_s))
        return makeError(ErrorCode::RestoreTargetNotEmpty, u"the profile holds a database"_s,
                         {QDir::toNativeSeparators(dataDir)});

    // The copy's first bytes are its salt in clear: the header must name this very copy.
    if (file.peek(DatabaseKey::kSaltBytes) != header->salt)
        return malformed(path, u"the database copy is not the one the header names"_s);
    // The database goes in place only complete and checked: QSaveFile writes a temporary file,
    // owner-only from its first byte, syncs it to disk and renames it at commit.
    {
        QSaveFile out(databasePath);
        out.setDirectWriteFallback(false);
        if (!out.open(QIODevice::WriteOnly))
            return writeError(out, databasePath);
        makeOwnerOnly(out);
        auto digest = copyHashed(file, out, header->databaseBytes, 0, header->databaseBytes,
                                 progress, path, databasePath);
        if (!digest)
            return digest.error();
        if (*digest != header->databaseSha256)
            return malformed(path, u"the database copy does not match its checksum"_s);
        if (!out.commit())
            return writeError(out, databasePath);
    }
    if (!header->recoverySlot.isEmpty()) {
        QSaveFile slot(slotPath);
        bool written = slot.open(QIODevice::WriteOnly);
        if (written) {
            makeOwnerOnly(slot);
            written
                = slot.write(header->recoverySlot) == header->recoverySlot.size() && slot.commit();
        }
        if (!written) {
            // All or nothing: a database without its slot is not what the backup held.
            QFile::remove(databasePath);
            return writeError(slot, slotPath);
        }
    }
    return header;
}

} // namespace sportello::storage
