// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/servicechecks.h"

#include "people/model.h"
#include "people/vocabulary.h"
#include "storage/peoplerepository.h"

using namespace Qt::StringLiterals;

namespace sportello::services::detail {

using namespace people;

QStringList readableNeeds(const security::Actor &actor, const QStringList &needs)
{
    if (Authorizer::allows(actor, security::Permission::ReadCounterRecords))
        return needs;
    QStringList readable;
    for (const QString &need : needs) {
        if (Vocabulary::needSensitivity(need) == Sensitivity::Ordinary)
            readable.append(need);
    }
    return readable;
}

Status requireSpecialCategoryConsent(const storage::PeopleRepository &people, qint64 personId,
                                     const QStringList &needs)
{
    const QString purpose = consentPurposeCode(ConsentPurpose::SpecialCategories);
    for (const QString &need : needs) {
        if (!Vocabulary::needRequiresConsent(need, personId > 0))
            continue;
        if (personId <= 0)
            return makeError(ErrorCode::ConsentMissing, u"special-category need, no person"_s,
                             {purpose, need});
        auto given = people.hasConsent(personId, purpose);
        if (!given)
            return given.error();
        if (!*given)
            return makeError(ErrorCode::ConsentMissing, u"special-category need without consent"_s,
                             {purpose, need});
    }
    return {};
}

} // namespace sportello::services::detail
