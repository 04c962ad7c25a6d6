// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/namematch.h"

#include "search/textnormalizer.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace sportello::people {

QString compactName(const QString &name)
{
    QString compact;
    // The search tokenizer already folds case and removes accents like FTS5 does.
    for (const QByteArray &token : search::tokenize(name))
        compact += QString::fromUtf8(token);
    return compact;
}

int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> d(static_cast<size_t>(n + 1),
                                    std::vector<int>(static_cast<size_t>(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[static_cast<size_t>(i)][0] = static_cast<int>(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][static_cast<size_t>(j)] = static_cast<int>(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const auto ui = static_cast<size_t>(i);
            const auto uj = static_cast<size_t>(j);
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[ui][uj] = std::min({d[ui - 1][uj] + 1, d[ui][uj - 1] + 1, d[ui - 1][uj - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[ui][uj] = std::min(d[ui][uj], d[ui - 2][uj - 2] + 1);
        }
    }
    return d[static_cast<size_t>(n)][static_cast<size_t>(m)];
}

namespace {
// Typos forgiven in one name part: none in very short names, where one letter makes another
// name ("Ada"/"Eda"), one in ordinary names, two in long ones.
int tolerance(qsizetype length)
{
    return length < 4 ? 0 : length < 8 ? 1 : 2;
}

// 0: same, 1: similar, -1: different.
int compareParts(const QString &given, const QString &family, const QString &otherGiven,
                 const QString &otherFamily)
{
    if (given == otherGiven && family == otherFamily)
        return 0;
    const int givenDistance = editDistance(given, otherGiven);
    const int familyDistance = editDistance(family, otherFamily);
    if (givenDistance <= tolerance(std::min(given.size(), otherGiven.size()))
        && familyDistance <= tolerance(std::min(family.size(), otherFamily.size())))
        return 1;
    return -1;
}
} // namespace

QList<DuplicateMatch> findPossibleDuplicates(const QString &givenName, const QString &familyName,
                                             std::optional<int> birthYear,
                                             const QList<NameCandidate> &candidates)
{
    const QString given = compactName(givenName);
    const QString family = compactName(familyName);
    // The whole name without the split, for "Maria Grazia | Rossi" against "Maria | Grazia Rossi".
    const QString whole = given + family;
    QList<DuplicateMatch> matches;
    if (given.isEmpty() && family.isEmpty())
        return matches;
    for (const NameCandidate &candidate : candidates) {
        if (birthYear && candidate.birthYear && std::abs(*birthYear - *candidate.birthYear) > 1)
            continue;
        const QString otherGiven = compactName(candidate.givenName);
        const QString otherFamily = compactName(candidate.familyName);
        int best = -1; // 2: same name, 1: similar, -1: different
        for (const int result : {compareParts(given, family, otherGiven, otherFamily),
                                 compareParts(given, family, otherFamily, otherGiven)}) {
            if (result == 0)
                best = 2;
            else if (result == 1)
                best = std::max(best, 1);
        }
        const QString otherWhole = otherGiven + otherFamily;
        const QString otherSwapped = otherFamily + otherGiven;
        if (best < 2 && (whole == otherWhole || whole == otherSwapped))
            best = 2;
        if (best < 1)
            continue;
        matches.append(DuplicateMatch {
            candidate.personId, best == 2 ? DuplicateMatch::SameName : DuplicateMatch::SimilarName,
            birthYear && candidate.birthYear && *birthYear == *candidate.birthYear});
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const DuplicateMatch &a, const DuplicateMatch &b) {
                         if (a.kind != b.kind)
                             return a.kind == DuplicateMatch::SameName;
                         return a.sameBirthYear && !b.sameBirthYear;
                     });
    return matches;
}

} // namespace sportello::people
