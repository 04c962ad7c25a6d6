// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogueio.h"

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
    auto parsed = catalogue::hsds::readJson(data, name, *references);
    if (!parsed)
        return parsed.error();
    auto summary = m_repository.importCatalogue(parsed->catalogue, actor);
    if (!summary)
        return summary.error();
    return ImportReport {*summary, parsed->ignoredFields};
}

Result<ImportReport> CatalogueIo::importPath(const QString &path, const QString &actor)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable, file.errorString(), {path});
    return importJson(file.readAll(), QFileInfo(path).fileName(), actor);
}

Status CatalogueIo::exportTo(const QString &path, CatalogueFormat format)
{
    if (format != CatalogueFormat::HsdsJson)
        return makeError(ErrorCode::InvalidArgument, u"unsupported export format"_s);
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::FileUnwritable, file.errorString(), {path});
    file.write(catalogue::hsds::writeJson(catalogue, *version, *history));
    if (!file.commit())
        return makeError(ErrorCode::FileUnwritable, file.errorString(), {path});
    return {};
}

} // namespace sportello::storage
