// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/personfiles.h"

#include "storage/personfilerepository.h"
#include "support/clock.h"

using namespace Qt::StringLiterals;

namespace sportello::services {

namespace {

bool knownKind(const QString &kind)
{
    for (const char *code :
         {people::kFileLetter, people::kFileConsentForm, people::kFileSubjectAccess}) {
        if (kind == QLatin1StringView(code))
            return true;
    }
    return false;
}

} // namespace

PersonFiles::PersonFiles(const ServiceContext &context)
    : m_database(context.database)
    , m_vault(context.vault)
    , m_clock(context.clock)
    , m_authorizer(context)
{ }

Status PersonFiles::recordWritten(const security::Actor &actor, qint64 personId,
                                  const QString &kind, const QString &path)
{
    if (!knownKind(kind) || path.trimmed().isEmpty() || personId <= 0)
        return makeError(ErrorCode::InvalidArgument, u"person file kind, path or person"_s);
    if (auto allowed = m_authorizer.require(actor, security::Permission::ExportData, u"person"_s,
                                            QString::number(personId));
        !allowed)
        return allowed;
    people::PersonFile file;
    file.personId = personId;
    file.kind = kind;
    file.path = path;
    file.writtenAt = m_clock.nowUtc();
    file.writtenBy = actor.operatorId;
    auto added = storage::PersonFileRepository(m_database, m_vault).add(file);
    if (!added)
        return added.error();
    return {};
}

Result<QList<people::PersonFile>> PersonFiles::ofPerson(const security::Actor &actor,
                                                        qint64 personId)
{
    const auto permission = security::allows(actor.role, security::Permission::ErasePerson)
        ? security::Permission::ErasePerson
        : security::Permission::ExportData;
    if (auto allowed
        = m_authorizer.require(actor, permission, u"person"_s, QString::number(personId));
        !allowed)
        return allowed.error();
    return storage::PersonFileRepository(m_database, m_vault).ofPerson(personId);
}

} // namespace sportello::services
