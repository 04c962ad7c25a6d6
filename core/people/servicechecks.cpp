// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicechecks.h"

#include "model.h"
#include "storage/peoplerepository.h"
#include "vocabulary.h"

using namespace Qt::StringLiterals;

namespace sportello::people::detail {

Status requireSpecialCategoryConsent(const storage::PeopleRepository &people, qint64 personId,
                                     const QStringList &needs)
{
    const QString purpose = consentPurposeCode(ConsentPurpose::SpecialCategories);
    for (const QString &need : needs) {
        if (Vocabulary::needSensitivity(need) == Sensitivity::Ordinary)
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

} // namespace sportello::people::detail
