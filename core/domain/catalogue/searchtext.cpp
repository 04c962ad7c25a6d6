// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/searchtext.h"

#include "catalogue/taxonomy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sportello::catalogue {

const Synonyms &Synonyms::builtIn()
{
    static const Synonyms synonyms = [] {
        QFile file(u":/sportello/catalogue/synonyms.json"_s);
        return file.open(QIODevice::ReadOnly) ? fromJson(file.readAll()) : Synonyms();
    }();
    return synonyms;
}

Synonyms Synonyms::fromJson(const QByteArray &json)
{
    Synonyms synonyms;
    const QJsonArray entries = QJsonDocument::fromJson(json).object().value(u"entries"_s).toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        const QJsonArray words = object.value(u"words"_s).toArray();
        const QJsonArray categories = object.value(u"categories"_s).toArray();
        for (const QJsonValue &category : categories) {
            QStringList &list = synonyms.m_wordsByCategory[category.toString()];
            for (const QJsonValue &word : words) {
                if (!list.contains(word.toString()))
                    list.append(word.toString());
            }
        }
    }
    return synonyms;
}

QStringList Synonyms::wordsFor(const QStringList &categories) const
{
    QStringList words;
    for (const QString &category : categories) {
        for (const QString &word : m_wordsByCategory.value(category)) {
            if (!words.contains(word))
                words.append(word);
        }
    }
    return words;
}

SearchColumns buildSearchColumns(const Service &service, const QString &organizationName,
                                 const QString &organizationAlternateName, const Synonyms &synonyms)
{
    SearchColumns columns;
    columns[FieldName] = service.alternateName.isEmpty()
        ? service.name
        : service.name + u" — "_s + service.alternateName;
    columns[FieldOrganization] = organizationAlternateName.isEmpty()
        ? organizationName
        : organizationName + u" — "_s + organizationAlternateName;
    QStringList categories;
    for (const QString &code : service.categories)
        categories.append(Taxonomy::italianLabel(Taxonomy::categories(), code));
    for (const QString &code : service.userAreas)
        categories.append(Taxonomy::italianLabel(Taxonomy::userAreas(), code));
    columns[FieldCategories] = categories.join(u" · "_s);
    columns[FieldKeywords] = synonyms.wordsFor(service.categories).join(u' ');
    columns[FieldDescription] = service.description;
    columns[FieldEligibility] = service.eligibilityText;
    QStringList documents;
    for (const NamedItem &document : service.documents)
        documents.append(document.name);
    for (const NamedItem &prerequisite : service.prerequisites)
        documents.append(prerequisite.name);
    columns[FieldDocuments] = documents.join(u" · "_s);
    return columns;
}

} // namespace sportello::catalogue
