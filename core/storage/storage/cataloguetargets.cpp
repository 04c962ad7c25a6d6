// SPDX-License-Identifier: GPL-3.0-or-later
// CatalogueRepository: the entries a referral can name, each read in one statement.
#include "catalogue/jsoncodec.h"
#include "connection.h"
#include "sql.h"
#include "storage/cataloguerepository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sportello::storage {

using catalogue::ReferralTarget;

namespace {

// Organizations, then services still offered, with what the dialog shows of each: one
// statement, every join on an index (services_organization, the service_terms key).
const QString kTargets = u"SELECT 0, o.uid, o.name, '', 0, '[]', '[]' FROM organizations o"
                         " WHERE ? = '' OR o.uid = ?"
                         " UNION ALL"
                         " SELECT 1, s.uid, s.name, o.name,"
                         " EXISTS (SELECT 1 FROM service_terms t WHERE t.service_id = s.id"
                         "  AND t.taxonomy = 'category' AND t.code = ?),"
                         " s.phones, s.contacts"
                         " FROM services s JOIN organizations o ON o.id = s.organization_id"
                         " WHERE (? = '' AND s.status <> 'ended') OR s.uid = ?"_s;

QJsonArray arrayOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).array();
}

Result<QList<ReferralTarget>> readTargets(Database &database, const QString &uid)
{
    // An empty uid lists every target; the binding must be '' rather than NULL to match.
    const QString wanted = uid.isEmpty() ? u""_s : uid;
    auto query
        = run(connectionOf(database), kTargets,
              {wanted, wanted, QString::fromLatin1(catalogue::kEmergencyCategory), wanted, wanted});
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

Result<QList<ReferralTarget>> CatalogueRepository::referralTargets() const
{
    return readTargets(m_database, {});
}

Result<std::optional<ReferralTarget>> CatalogueRepository::referralTarget(const QString &uid) const
{
    if (uid.isEmpty())
        return std::optional<ReferralTarget>();
    auto found = readTargets(m_database, uid);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ReferralTarget>();
    return std::make_optional(found->first());
}

} // namespace sportello::storage
