// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/hsdsjson.h"
#include "catalogue/model.h"
#include "services/servicecontext.h"
#include "support/result.h"

#include <QString>
#include <QStringList>

namespace sportello::services {

enum class CatalogueFormat { HsdsJson, HsdsCsv };

struct ImportReport
{
    catalogue::ImportSummary summary;
    QStringList ignoredFields; // present in the file, not held by the model
    QStringList unsupportedValues; // present in the file, not representable (a monthly schedule)
    QStringList networkEntries; // uids the district's network owns: left as they are
};

// Whole-file import and export of the catalogue, for the desk's administrator (the command
// line) and the demo. An import is announced as catalogueChanged.
class CatalogueIo final
{
public:
    explicit CatalogueIo(const ServiceContext &context);

    // Imports a HSDS JSON file, or a CSV package (a folder, its datapackage.json or one of its
    // CSV files), in one transaction: a malformed or invalid file changes nothing. `actor` is
    // the name the change log records; the audit log records the import as the system's. A
    // file (or package) above kMaxImportBytes is refused unread (FileTooLarge).
    static constexpr qint64 kMaxImportBytes = qint64(256) * 1024 * 1024;
    [[nodiscard]] Result<ImportReport> importPath(const QString &path, const QString &actor);
    [[nodiscard]] Result<ImportReport> importJson(const QByteArray &data, const QString &name,
                                                  const QString &actor);
    // HsdsJson writes the file `path`; HsdsCsv writes the package into the folder `path`.
    [[nodiscard]] Status exportTo(const QString &path, CatalogueFormat format);

    // Whether importPath reads `path` as a CSV package rather than a JSON file.
    [[nodiscard]] static bool isCsvPackage(const QString &path);

private:
    storage::AuditLog &m_audit;
    [[nodiscard]] Result<ImportReport>
    importParsed(const Result<catalogue::hsds::ParsedCatalogue> &parsed, const QString &actor);

    storage::Database &m_database;
    const Clock &m_clock;
    ChangeNotifier &m_notifier;
};

} // namespace sportello::services
