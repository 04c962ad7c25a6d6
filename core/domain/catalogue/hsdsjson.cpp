// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/hsdsjson.h"

#include "catalogue/hsdsjsonreader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sportello::catalogue::hsds {

namespace {

const QStringList kTopKeys
    = {u"hsds_version"_s, u"x_sportello_format"_s, u"x_catalogue_version"_s, u"organizations"_s,
       u"locations"_s,    u"services"_s,           u"taxonomies"_s,          u"taxonomy_terms"_s};

// Problems found while reading one entry, remembered with the entry's id (and which entry with
// that id, for a repeated one) for the line number.
struct Located
{
    QString uid;
    FieldProblem problem;
    int occurrence = 0;
};

void take(QList<Located> &all, const QString &uid, const QList<FieldProblem> &problems,
          int occurrence = 0)
{
    for (const FieldProblem &problem : problems)
        all.append({uid, problem, occurrence});
}

// Sportello's bundle: three tables of flat entries, linked by ids.
void collectBundle(const QJsonObject &root, jsonread::Entries &entries, QList<Located> &problems,
                   ParsedCatalogue &parsed, const jsonread::Notes &notes)
{
    jsonread::reportUnknown(root, kTopKeys + QStringList {u"metadata"_s}, {}, notes);
    if (root.contains(u"metadata"_s))
        parsed.ignoredFields.append(u"metadata"_s); // change history stays with each desk
    parsed.sourceVersion = root.value(u"x_catalogue_version"_s).toInteger();
    const std::pair<QString, QList<jsonread::Entry> *> tables[]
        = {{u"organizations"_s, &entries.organizations},
           {u"locations"_s, &entries.locations},
           {u"services"_s, &entries.services}};
    for (const auto &[key, list] : tables) {
        const QJsonValue value = root.value(key);
        if (!value.isUndefined() && !value.isArray()) {
            problems.append({{}, {key, FieldProblem::ExpectedList, {}}});
            continue;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array.at(i).isObject())
                list->append({array.at(i).toObject(), jsonread::at(key, i)});
            else
                problems.append({{}, {jsonread::at(key, i), FieldProblem::ExpectedObject, {}}});
        }
    }
}

} // namespace

int lineAt(const QByteArray &data, qsizetype offset)
{
    return 1 + static_cast<int>(data.left(offset).count('\n'));
}

Error importError(const QByteArray &data, const QString &fileName, const QString &uid,
                  const FieldProblem &problem, int occurrence)
{
    int line = 1;
    if (!uid.isEmpty()) {
        const QRegularExpression idPattern(u"\"id\"\\s*:\\s*\""_s + QRegularExpression::escape(uid)
                                           + u'"');
        const QString text = QString::fromUtf8(data);
        qsizetype start = -1;
        auto matches = idPattern.globalMatch(text);
        for (int i = 0; i <= occurrence && matches.hasNext(); ++i)
            start = matches.next().capturedStart();
        if (start >= 0)
            line = 1 + static_cast<int>(text.left(start).count(u'\n'));
    }
    return makeError(ErrorCode::ImportInvalid,
                     u"%1:%2: %3 (problem %4) %5"_s.arg(fileName)
                         .arg(line)
                         .arg(problem.field)
                         .arg(static_cast<int>(problem.code))
                         .arg(problem.value),
                     {fileName, QString::number(line), problem.field,
                      QString::number(static_cast<int>(problem.code)), problem.value});
}

Result<ParsedCatalogue> readJson(const QByteArray &data, const QString &fileName,
                                 const ReferenceIndex &existing)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = lineAt(data, parseError.offset);
        const qsizetype lineStart = data.lastIndexOf('\n', parseError.offset - 1) + 1;
        return makeError(ErrorCode::ImportMalformed,
                         u"%1:%2: %3"_s.arg(fileName).arg(line).arg(parseError.errorString()),
                         {fileName, QString::number(line),
                          QString::number(parseError.offset - lineStart + 1),
                          parseError.errorString()});
    }
    ParsedCatalogue parsed;
    jsonread::Notes notes {jsonread::Dialect::Sportello, &parsed.ignoredFields,
                           &parsed.unsupportedValues};
    jsonread::Entries entries;
    QList<Located> problems;
    if (document.isObject() && jsonread::isSportelloBundle(document.object())) {
        collectBundle(document.object(), entries, problems, parsed, notes);
    } else {
        notes.dialect = jsonread::Dialect::Standard;
        QList<FieldProblem> found;
        jsonread::collectStandard(document, entries, found, notes);
        take(problems, {}, found);
    }

    ReferenceIndex references = existing;
    // Entries read so far per id, in file order, so that the problems of a repeated id point at
    // the repetition and not at the first entry.
    QHash<QString, int> occurrences;
    QList<int> locationOccurrence;
    QList<int> serviceOccurrence;
    const QList<jsonread::Entry> *tables[]
        = {&entries.organizations, &entries.locations, &entries.services};
    for (int kind = 0; kind < 3; ++kind) {
        QSet<QString> seen;
        for (const jsonread::Entry &entry : *tables[kind]) {
            const QString &path = entry.path;
            const QJsonObject &object = entry.object;
            const QString uid = object.value(u"id"_s).toString();
            const int occurrence = uid.isEmpty() ? 0 : occurrences[uid]++;
            QList<FieldProblem> found;
            if (!uid.isEmpty() && seen.contains(uid))
                found.append({jsonread::join(path, u"id"_s), FieldProblem::DuplicateUid, uid});
            seen.insert(uid);
            if (kind == 0) {
                Organization organization = jsonread::readOrganization(object, path, found, notes);
                references.organizationUids.insert(organization.uid);
                for (FieldProblem p : validateOrganization(organization)) {
                    p.field = jsonread::join(path, p.field);
                    found.append(p);
                }
                parsed.catalogue.organizations.append(organization);
            } else if (kind == 1) {
                parsed.catalogue.locations.append(
                    jsonread::readLocation(object, path, found, notes));
                references.locationUids.insert(parsed.catalogue.locations.last().uid);
                locationOccurrence.append(occurrence);
            } else {
                parsed.catalogue.services.append(jsonread::readService(object, path, found, notes));
                serviceOccurrence.append(occurrence);
            }
            take(problems, uid, found, occurrence);
        }
    }
    // References are checked once every table is read (locations may precede organizations).
    for (qsizetype i = 0; i < parsed.catalogue.locations.size(); ++i) {
        const Location &location = parsed.catalogue.locations.at(i);
        auto list = validateLocation(location, references);
        for (FieldProblem &p : list)
            p.field = jsonread::join(entries.locations.at(i).path, p.field);
        take(problems, location.uid, list, locationOccurrence.at(i));
    }
    for (qsizetype i = 0; i < parsed.catalogue.services.size(); ++i) {
        const Service &service = parsed.catalogue.services.at(i);
        auto list = validateService(service, references, ServiceSource::Document);
        for (FieldProblem &p : list)
            p.field = jsonread::join(entries.services.at(i).path, p.field);
        take(problems, service.uid, list, serviceOccurrence.at(i));
    }
    if (!problems.isEmpty())
        return importError(data, fileName, problems.first().uid, problems.first().problem,
                           problems.first().occurrence);
    return parsed;
}

} // namespace sportello::catalogue::hsds
