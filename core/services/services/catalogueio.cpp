// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/catalogueio.h"

#include "audit/audit.h"
#include "catalogue/hsdscsv.h"
#include "catalogue/hsdsjson.h"
#include "services/changenotifier.h"
#include "storage/auditlog.h"
#include "storage/catalogueownership.h"
#include "storage/cataloguerepository.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sportello::services {

namespace {

Error tooLarge(const QString &path)
{
    return makeError(ErrorCode::FileTooLarge, u"import above the cap"_s,
                     {path, QString::number(CatalogueIo::kMaxImportBytes / (1024 * 1024))});
}

// The bytes a CSV package would read: its folder's CSV files and datapackage.json.
qint64 packageBytes(const QString &path)
{
    const QFileInfo info(path);
    const QDir folder(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    qint64 total = 0;
    for (const QFileInfo &file :
         folder.entryInfoList({u"*.csv"_s, u"*.CSV"_s, u"*.json"_s}, QDir::Files))
        total += file.size();
    return total;
}

} // namespace

CatalogueIo::CatalogueIo(const ServiceContext &context)
    : m_audit(context.audit)
    , m_database(context.database)
    , m_clock(context.clock)
    , m_notifier(context.notifier)
{ }

Result<ImportReport> CatalogueIo::importJson(const QByteArray &data, const QString &name,
                                             const QString &actor)
{
    if (data.size() > kMaxImportBytes)
        return tooLarge(name);
    auto references = storage::CatalogueRepository(m_database, m_clock).references();
    if (!references)
        return references.error();
    return importParsed(catalogue::hsds::readJson(data, name, *references), actor);
}

Result<ImportReport>
CatalogueIo::importParsed(const Result<catalogue::hsds::ParsedCatalogue> &parsed,
                          const QString &actor)
{
    if (!parsed)
        return parsed.error();
    auto tx = storage::Transaction::begin(m_database);
    if (!tx)
        return tx.error();
    // One owner per entry: a file never overwrites what the district's network publishes.
    catalogue::Catalogue owned = parsed->catalogue;
    auto networkEntries = storage::CatalogueOwnership(m_database)
                              .keepOwnedBy(storage::CatalogueOwnership::Origin::Local, owned);
    if (!networkEntries)
        return networkEntries.error();
    auto summary = storage::CatalogueRepository(m_database, m_clock).importCatalogue(owned, actor);
    if (!summary)
        return summary.error();
    if (auto audited = m_audit.append(0, QString::fromLatin1(audit::kImport), u"catalogue"_s,
                                      QString::number(summary->catalogueVersion));
        !audited)
        return audited.error();
    m_notifier.announce(*tx, &ChangeNotifier::catalogueChanged);
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return ImportReport {*summary, parsed->ignoredFields, parsed->unsupportedValues,
                         *networkEntries};
}

bool CatalogueIo::isCsvPackage(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir()
        || info.fileName().compare(QString::fromLatin1(catalogue::hsds::kDataPackageFile),
                                   Qt::CaseInsensitive)
        == 0
        || info.suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0;
}

Result<ImportReport> CatalogueIo::importPath(const QString &path, const QString &actor)
{
    if (isCsvPackage(path)) {
        if (packageBytes(path) > kMaxImportBytes)
            return tooLarge(path);
        auto references = storage::CatalogueRepository(m_database, m_clock).references();
        if (!references)
            return references.error();
        // A CSV file stands for the package in its folder.
        return importParsed(catalogue::hsds::readCsvPackage(path, *references), actor);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, file.errorString(), {path});
    if (file.size() > kMaxImportBytes)
        return tooLarge(path);
    return importJson(file.readAll(), QFileInfo(path).fileName(), actor);
}

Status CatalogueIo::exportTo(const QString &path, CatalogueFormat format)
{
    const storage::CatalogueRepository repository(m_database, m_clock);
    auto version = repository.version();
    auto organizations = repository.organizations();
    auto locations = repository.locations();
    auto services = repository.services();
    auto history = repository.allHistory();
    for (const Error *error :
         {version ? nullptr : &version.error(), organizations ? nullptr : &organizations.error(),
          locations ? nullptr : &locations.error(), services ? nullptr : &services.error(),
          history ? nullptr : &history.error()}) {
        if (error)
            return *error;
    }
    const catalogue::Catalogue catalogue {*organizations, *locations, *services};
    if (format == CatalogueFormat::HsdsCsv)
        return catalogue::hsds::writeCsvPackage(catalogue, *version, *history, path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::FileUnwritable, file.errorString(), {path});
    file.write(catalogue::hsds::writeJson(catalogue, *version, *history));
    if (!file.commit())
        return makeError(ErrorCode::FileUnwritable, file.errorString(), {path});
    return {};
}

} // namespace sportello::services
