// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/model.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>

namespace sportello::catalogue {

// The searchable columns of a service, in the order of the FTS5 table `catalogue_fts`.
enum SearchField : int {
    FieldName,
    FieldOrganization,
    FieldCategories,
    FieldKeywords,
    FieldDescription,
    FieldEligibility,
    FieldDocuments,
    SearchFieldCount
};

// bm25 weights per column: a match in the name counts most, one in the documents least.
inline constexpr std::array<double, SearchFieldCount> kSearchFieldWeights
    = {10.0, 4.0, 4.0, 4.0, 1.5, 1.0, 1.0};

using SearchColumns = std::array<QString, SearchFieldCount>;

// The row of the full-text table for one service, to build the in-memory search index.
struct SearchRow
{
    qint64 serviceId = 0;
    SearchColumns columns;
};

// The maintained list of everyday words citizens use, mapped to service categories
// (resources/catalogue/synonyms.json): "bolletta" → bonus utenze.
class Synonyms final
{
public:
    [[nodiscard]] static const Synonyms &builtIn();
    [[nodiscard]] static Synonyms fromJson(const QByteArray &json);

    // The words of every entry that names one of these categories.
    [[nodiscard]] QStringList wordsFor(const QStringList &categories) const;
    [[nodiscard]] bool isEmpty() const { return m_wordsByCategory.isEmpty(); }

private:
    QHash<QString, QStringList> m_wordsByCategory;
};

// Builds the text of each searchable column of a service.
[[nodiscard]] SearchColumns buildSearchColumns(const Service &service,
                                               const QString &organizationName,
                                               const QString &organizationAlternateName,
                                               const Synonyms &synonyms);

} // namespace sportello::catalogue
