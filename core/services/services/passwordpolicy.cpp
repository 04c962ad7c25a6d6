// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/passwordpolicy.h"

#include "catalogue/taxonomy.h"
#include "crypto/passwordhasher.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace sportello::services::detail {

Status refuseWeakPassword(const QString &password, const QString &username,
                          const security::DeskIdentity &desk, const QString &displayName)
{
    QStringList context {displayName, desk.name, desk.organization, desk.code};
    if (!desk.comuneIstat.isEmpty())
        context.append(
            catalogue::Taxonomy::italianLabel(catalogue::Taxonomy::comuni(), desk.comuneIstat));
    context.removeAll(QString());
    if (const auto problem = crypto::checkNewPassword(password, username, context))
        return makeError(ErrorCode::WeakPassword, u"password refused"_s,
                         {QString::number(static_cast<int>(*problem))});
    return {};
}

} // namespace sportello::services::detail
