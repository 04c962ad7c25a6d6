// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogueio.h"

#include "catalogue/hsdscsv.h"
#include "catalogue/hsdsjson.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sportello::storage {

CatalogueIo::CatalogueIo(CatalogueRepository &repository)
    : m_repository(repository)
{ }

Result<ImportReport> CatalogueIo::importJson(const QByteArray &data, const QString &name,
                                             const QString &actor)
{
    auto references = m_repository.references();
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
    auto summary = m_repository.importCatalogue(parsed->catalogue, actor);
    if (!summary)
        return summary.error();
    return ImportReport {*summary, parsed->ignoredFields};
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
        auto references = m_repository.references();
        if (!references)
            return references.error();
        // A CSV file stands for the package in its folder.
        return importParsed(catalogue::hsds::readCsvPackage(path, *references), actor);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, file.errorString(), {path});
    return importJson(file.readAll(), QFileInfo(path).fileName(), actor);
}

Status CatalogueIo::exportTo(const QString &path, CatalogueFormat format)
{
    auto version = m_repository.version();
    auto organizations = m_repository.organizations();
    auto locations = m_repository.locations();
    auto services = m_repository.services();
    auto history = m_repository.allHistory();
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

} // namespace sportello::storage
