// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/cataloguetargets.h"

#include "catalogue/jsoncodec.h"
#include "connection.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sportello::storage {

using catalogue::ReferralTarget;

namespace {

// What the dialog shows of an organization and of a service; every join on an index
// (services_organization, the service_terms key).
const QString kOrganizations
    = u"SELECT 0, o.uid, o.name, '', 0, '[]', '[]', o.uid FROM organizations o"_s;
const QString kServices = u"SELECT 1, s.uid, s.name, o.name,"
                          " EXISTS (SELECT 1 FROM service_terms t WHERE t.service_id = s.id"
                          "  AND t.taxonomy = 'category' AND t.code = ?),"
                          " s.phones, s.contacts, o.uid"
                          " FROM services s JOIN organizations o ON o.id = s.organization_id"_s;
// Every organization, then the services still offered.
const QString kAllTargets
    = kOrganizations + u" UNION ALL "_s + kServices + u" WHERE s.status <> 'ended'"_s;
// The one a referral names, by its uid (each table's UNIQUE index), even a service no longer
// offered.
const QString kOneTarget
    = kOrganizations + u" WHERE o.uid = ? UNION ALL "_s + kServices + u" WHERE s.uid = ?"_s;

QJsonArray arrayOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).array();
}

Result<QList<ReferralTarget>> readTargets(Result<SqlQuery> query)
{
    if (!query)
        return query.error();
    QList<ReferralTarget> targets;
    QList<catalogue::FieldProblem> ignored;
    while (query->next()) {
        ReferralTarget target;
        target.isService = query->value(0).toInt() == 1;
        target.uid = query->value(1).toString();
        target.name = query->value(2).toString();
        target.organizationName = query->value(3).toString();
        target.isEmergency = query->value(4).toInt() == 1;
        target.organizationUid = query->value(7).toString();
        target.phones = catalogue::json::readPhones(arrayOf(query->value(5)), {}, ignored);
        if (target.phones.isEmpty()) {
            const auto contacts
                = catalogue::json::readContacts(arrayOf(query->value(6)), {}, ignored);
            for (const catalogue::Contact &contact : contacts)
                target.phones += contact.phones;
        }
        targets.append(std::move(target));
    }
    return targets;
}

} // namespace

CatalogueTargets::CatalogueTargets(Database &database)
    : m_database(database)
{ }

Result<QList<ReferralTarget>> CatalogueTargets::all() const
{
    return readTargets(run(connectionOf(m_database), kAllTargets,
                           {QString::fromLatin1(catalogue::kEmergencyCategory)}));
}

Result<std::optional<ReferralTarget>> CatalogueTargets::byUid(const QString &uid) const
{
    if (uid.isEmpty())
        return std::optional<ReferralTarget>();
    auto found = readTargets(run(connectionOf(m_database), kOneTarget,
                                 {uid, QString::fromLatin1(catalogue::kEmergencyCategory), uid}));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ReferralTarget>();
    return std::make_optional(found->first());
}

} // namespace sportello::storage
