// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/personfile.h"
#include "security/permissions.h"
#include "services/authorizer.h"
#include "services/servicecontext.h"
#include "support/result.h"

#include <QList>

namespace sportello::services {

// The files the desk wrote outside its database that name a person (decision 35): a referral
// letter, a consent form with the name, a subject-access export. Each is recorded when written
// so that erasing the person lists what must be deleted as well.
class PersonFiles final
{
public:
    explicit PersonFiles(const ServiceContext &context);

    // Needs Permission::ExportData (whoever may write such a file). `kind`: people::kFile*.
    [[nodiscard]] Status recordWritten(const security::Actor &actor, qint64 personId,
                                       const QString &kind, const QString &path);
    // Newest first; for whoever may erase the person or export their data.
    [[nodiscard]] Result<QList<people::PersonFile>> ofPerson(const security::Actor &actor,
                                                             qint64 personId);

private:
    storage::Database &m_database;
    const crypto::Vault &m_vault;
    const Clock &m_clock;
    Authorizer m_authorizer;
};

} // namespace sportello::services
