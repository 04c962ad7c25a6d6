// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/fieldproblem.h"
#include "catalogue/hsdsjson.h"
#include "catalogue/model.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Internals shared by the parts of the HSDS JSON reader: the driver (hsdsjson.cpp), the readers
// of one organization, location or service (hsdsjsonentities.cpp) and the standard document
// shapes (hsdsjsonstandard.cpp).
namespace sportello::catalogue::hsds::jsonread {

// Sportello's own export (a bundle of three tables with `x_` extensions) or a document as the
// HSDS 3.x schemas define it (a service, an organization, an API page, a list). Both read the
// same fields; a standard document also gets defaults for what only Sportello writes
// (docs/decisions.md, 22).
enum class Dialect { Sportello, Standard };

// One object to read as an organization, location or service, with the JSON path of the object
// in the file ("services[2]", "contents[0].organization") for problems and notes.
struct Entry
{
    QJsonObject object;
    QString path;
};

// The entities of a document, flattened into the three tables the model has.
struct Entries
{
    QList<Entry> organizations;
    QList<Entry> locations;
    QList<Entry> services;
};

// Where the readers report what they cannot keep.
struct Notes
{
    Dialect dialect = Dialect::Sportello;
    QStringList *ignored = nullptr; // fields with no place in the model
    QStringList *unsupported = nullptr; // values the model cannot represent
};

[[nodiscard]] QString at(const QString &path, qsizetype index);
[[nodiscard]] QString join(const QString &path, const QString &key);

// Lists the keys of `object` outside `known` (and not null) as ignored. In a standard document
// `id` and the `…_id` links of a nested object are structure, not data: they are not listed.
void reportUnknown(const QJsonObject &object, const QStringList &known, const QString &path,
                   const Notes &notes);

[[nodiscard]] Organization readOrganization(const QJsonObject &o, const QString &path,
                                            QList<FieldProblem> &problems, const Notes &notes);
[[nodiscard]] Location readLocation(const QJsonObject &o, const QString &path,
                                    QList<FieldProblem> &problems, const Notes &notes);
[[nodiscard]] Service readService(const QJsonObject &o, const QString &path,
                                  QList<FieldProblem> &problems, const Notes &notes);

// HSDS schedule objects to weekly slots: what is not a weekly recurrence with opening and
// closing times (MONTHLY, INTERVAL 2, "2MO", a description alone) is listed as unsupported.
[[nodiscard]] QList<WeeklySchedule> readStandardSchedules(const QJsonValue &value,
                                                          const QString &path,
                                                          QList<FieldProblem> &problems,
                                                          const Notes &notes);

// The channels a service implies when it names none: in person where it has places, online
// with a web address, by phone with a number; in person when nothing says otherwise.
[[nodiscard]] QList<Channel> impliedChannels(const Service &service);
// Decision 22: without x_channels (and not automatic) the implied channels; a standard service
// also gets its name as description and Sportello's generic category and user area when it has
// none of them. Shared by the JSON and the CSV readers.
void applyDefaults(Service &service, Dialect dialect);

// Whether `root` is Sportello's bundle rather than a standard document.
[[nodiscard]] bool isSportelloBundle(const QJsonObject &root);

// Collects the entities of a standard document (a service, an organization, an API page or a
// bare list of either), nested organizations and locations moved to their own tables with the
// links the nesting implied. Problems of shape (a page whose `contents` is not a list, an item
// that is neither a service nor an organization) are appended.
void collectStandard(const QJsonDocument &document, Entries &entries, QList<FieldProblem> &problems,
                     const Notes &notes);

} // namespace sportello::catalogue::hsds::jsonread
