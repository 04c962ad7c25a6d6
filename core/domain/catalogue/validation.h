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
// Who hands the service over. A coordinator editing it must say why and until when it is
// closed; a published document (Sportello's export, any HSDS catalogue) may close a service
// without an `alert`, as the standard allows: it is imported, and the desk shows the closure
// without a reason.
enum class ServiceSource { Editor, Document };
[[nodiscard]] QList<FieldProblem> validateService(const Service &service,
                                                  const ReferenceIndex &references,
                                                  ServiceSource source = ServiceSource::Editor);

[[nodiscard]] bool isValidHttpUrl(const QString &text);
[[nodiscard]] bool isValidEmail(const QString &text);
[[nodiscard]] bool isValidPhone(const QString &text);
[[nodiscard]] bool isValidUid(const QString &text);

} // namespace sportello::catalogue
