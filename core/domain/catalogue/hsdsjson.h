// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/model.h"
#include "catalogue/validation.h"
#include "support/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Reading and writing the catalogue as Open Referral HSDS 3.x JSON with Sportello's `x_`
// extensions (docs/catalogue-format.md). The reader also takes standard HSDS 3.0/3.1 documents
// without them: a service with its nested organization and locations, an organization with its
// services, a page of the HSDS API (`contents`) or a bare list of services or organizations.
namespace sportello::catalogue::hsds {

struct ParsedCatalogue
{
    Catalogue catalogue;
    qint64 sourceVersion = 0;
    // Fields present in the file that the model does not hold ("services[3].program_id"):
    // reported to the user, never silently dropped.
    QStringList ignoredFields;
    // Values the model cannot represent as given, left out and reported the same way: a monthly
    // or fortnightly schedule ("services[0].service_at_locations[0].schedules[1]"), a language
    // without a code.
    QStringList unsupportedValues;
};

// Parses and validates a whole file. References may point into the file or to `existing`.
// A document of none of the shapes above fails with FieldProblem::UnknownDocument.
// A problem fails with ErrorCode::ImportInvalid, args {file, line, field, problem code, value};
// unreadable JSON with ErrorCode::ImportMalformed, args {file, line, column, message}.
[[nodiscard]] Result<ParsedCatalogue> readJson(const QByteArray &data, const QString &fileName,
                                               const ReferenceIndex &existing);

[[nodiscard]] QByteArray writeJson(const Catalogue &catalogue, qint64 version,
                                   const QList<ChangeRecord> &history);

// The 1-based line of `offset` in `data`.
[[nodiscard]] int lineAt(const QByteArray &data, qsizetype offset);
// An ImportInvalid error for `problem`, located at the line where the entry `uid` starts (its
// `occurrence`-th one, counting from 0, when the id is repeated in the file).
[[nodiscard]] Error importError(const QByteArray &data, const QString &fileName, const QString &uid,
                                const FieldProblem &problem, int occurrence = 0);

} // namespace sportello::catalogue::hsds
