// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sportello::people {

// A person already recorded, as far as the duplicate check needs to know.
struct NameCandidate
{
    qint64 personId = 0;
    QString givenName;
    QString familyName;
    std::optional<int> birthYear;
};

struct DuplicateMatch
{
    enum Kind { SameName, SimilarName };
    qint64 personId = 0;
    Kind kind = SameName;
    bool sameBirthYear = false;
};

// A name reduced for comparison: lowercase, accents and every separator removed
// ("D'Amico" → "damico", "Maria Grazia" → "mariagrazia").
[[nodiscard]] QString compactName(const QString &name);

// Damerau–Levenshtein distance (adjacent transpositions count one).
[[nodiscard]] int editDistance(const QString &a, const QString &b);

// The recorded people who may be the one about to be created: the same or a similar name —
// accents, spacing, apostrophes, swapped given/family name and one or two typos forgiven — and
// a birth year that does not contradict (±1 year allowed when both are known). Best first.
[[nodiscard]] QList<DuplicateMatch> findPossibleDuplicates(const QString &givenName,
                                                           const QString &familyName,
                                                           std::optional<int> birthYear,
                                                           const QList<NameCandidate> &candidates);

} // namespace sportello::people
