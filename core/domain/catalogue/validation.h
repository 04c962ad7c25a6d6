// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/fieldproblem.h"
#include "catalogue/model.h"

#include <QList>
#include <QSet>
#include <QString>

namespace sportello::catalogue {

// What exists already, to check references.
struct ReferenceIndex
{
    QSet<QString> organizationUids;
    QSet<QString> locationUids;
};

[[nodiscard]] QList<FieldProblem> validateOrganization(const Organization &organization);
[[nodiscard]] QList<FieldProblem> validateLocation(const Location &location,
                                                   const ReferenceIndex &references);
[[nodiscard]] QList<FieldProblem> validateService(const Service &service,
                                                  const ReferenceIndex &references);

[[nodiscard]] bool isValidHttpUrl(const QString &text);
[[nodiscard]] bool isValidEmail(const QString &text);
[[nodiscard]] bool isValidPhone(const QString &text);
[[nodiscard]] bool isValidUid(const QString &text);

} // namespace sportello::catalogue
