// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/persondirectory.h"

#include "search/textnormalizer.h"

#include <algorithm>
#include <cstdlib>

namespace sportello::people {

namespace {

// The search tokens of a name; a word the tokenizer splits ("D'Amico") also counts whole
// ("damico"), so that typing it without the apostrophe finds it.
QStringList nameTokens(const QString &text)
{
    QStringList tokens;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        QString joined;
        const QList<QByteArray> parts = search::tokenize(word);
        for (const QByteArray &part : parts) {
            tokens.append(QString::fromUtf8(part));
            joined += tokens.last();
        }
        if (parts.size() > 1)
            tokens.append(joined);
    }
    return tokens;
}

// The tokens of what is typed: each piece as the tokenizer cuts it.
QStringList queryTokens(const QString &text)
{
    QStringList tokens;
    for (const QByteArray &token : search::tokenize(text))
        tokens.append(QString::fromUtf8(token));
    return tokens;
}

std::array<quint8, 26> letterCounts(const QString &compact)
{
    std::array<quint8, 26> counts {};
    for (QChar c : compact) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z' && counts[u - u'a'] < 255)
            ++counts[u - u'a'];
    }
    return counts;
}

// A lower bound of the edit distance between two strings with these letter counts: every
// edit changes the surplus of either side by at most one.
int bagDistance(const std::array<quint8, 26> &a, const std::array<quint8, 26> &b)
{
    int more = 0;
    int fewer = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        const int diff = int(a[i]) - int(b[i]);
        (diff > 0 ? more : fewer) += std::abs(diff);
    }
    return std::max(more, fewer);
}

// Typos forgiven when the whole name typed in the search field is compared.
constexpr int kSearchTypos = 2;
// Typos the duplicate check forgives over given and family name together.
constexpr int kDuplicateTypos = 4;

} // namespace

PersonDirectory::Entry PersonDirectory::makeEntry(const NameCandidate &person)
{
    Entry entry;
    entry.person = person;
    entry.tokens = nameTokens(person.givenName + u' ' + person.familyName);
    entry.compactGiven = compactName(person.givenName);
    entry.compactFamily = compactName(person.familyName);
    entry.letters = letterCounts(entry.compactGiven + entry.compactFamily);
    return entry;
}

void PersonDirectory::reset(const QList<NameCandidate> &people)
{
    clear();
    m_entries.reserve(people.size());
    for (const NameCandidate &person : people) {
        m_byId.insert(person.personId, int(m_entries.size()));
        m_entries.append(makeEntry(person));
    }
    m_tokens.reserve(m_entries.size() * 2);
    for (int i = 0; i < m_entries.size(); ++i) {
        for (const QString &token : std::as_const(m_entries[i].tokens))
            m_tokens.append({token, i});
    }
    std::sort(m_tokens.begin(), m_tokens.end(), [](const Token &a, const Token &b) {
        return a.text < b.text || (a.text == b.text && a.entry < b.entry);
    });
}

void PersonDirectory::addTokens(int entry)
{
    for (const QString &token : std::as_const(m_entries[entry].tokens)) {
        const Token added {token, entry};
        auto at = std::lower_bound(
            m_tokens.begin(), m_tokens.end(), added, [](const Token &a, const Token &b) {
                return a.text < b.text || (a.text == b.text && a.entry < b.entry);
            });
        m_tokens.insert(at, added);
    }
}

void PersonDirectory::upsert(const NameCandidate &person)
{
    remove(person.personId);
    const int index = int(m_entries.size());
    m_entries.append(makeEntry(person));
    m_byId.insert(person.personId, index);
    addTokens(index);
}

void PersonDirectory::remove(qint64 personId)
{
    const auto found = m_byId.constFind(personId);
    if (found == m_byId.cend())
        return;
    Entry &entry = m_entries[*found];
    entry.removed = true;
    // Overwrite the names now: they should not linger in memory until the next reset.
    entry.person.givenName.fill(u' ');
    entry.person.familyName.fill(u' ');
    entry.compactGiven.fill(u' ');
    entry.compactFamily.fill(u' ');
    const int index = *found;
    m_tokens.removeIf([index](const Token &token) { return token.entry == index; });
    m_byId.remove(personId);
}

void PersonDirectory::clear()
{
    for (Entry &entry : m_entries) {
        entry.person.givenName.fill(u' ');
        entry.person.familyName.fill(u' ');
    }
    m_entries.clear();
    m_entries.squeeze();
    m_byId.clear();
    m_tokens.clear();
    m_tokens.squeeze();
}

DirectoryHit PersonDirectory::hit(int entry) const
{
    const NameCandidate &p = m_entries[entry].person;
    return {p.personId, p.givenName, p.familyName, p.birthYear.value_or(0)};
}

std::optional<DirectoryHit> PersonDirectory::find(qint64 personId) const
{
    const auto found = m_byId.constFind(personId);
    if (found == m_byId.cend())
        return std::nullopt;
    return hit(*found);
}

QList<DirectoryHit> PersonDirectory::search(const QString &query, int limit) const
{
    const QStringList typed = queryTokens(query);
    QStringList wanted = typed;
    QList<DirectoryHit> hits;
    if (wanted.isEmpty() || limit <= 0)
        return hits;
    // The longest token narrows most; the others are checked on each candidate.
    std::sort(wanted.begin(), wanted.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const QString &first = wanted.first();
    auto from = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), first,
                                 [](const Token &t, const QString &text) { return t.text < text; });
    QList<int> candidates;
    for (auto it = from; it != m_tokens.cend() && it->text.startsWith(first); ++it)
        candidates.append(it->entry);
    std::sort(candidates.begin(), candidates.end(), std::greater<>());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    for (int index : std::as_const(candidates)) {
        const Entry &entry = m_entries[index];
        // Every other query token must start a different name token.
        QStringList available = entry.tokens;
        bool all = true;
        for (const QString &token : std::as_const(wanted)) {
            const auto match
                = std::find_if(available.begin(), available.end(),
                               [&token](const QString &t) { return t.startsWith(token); });
            if (match == available.end()) {
                all = false;
                break;
            }
            available.erase(match);
        }
        if (all) {
            hits.append(hit(index));
            if (hits.size() >= limit)
                return hits;
        }
    }
    if (hits.isEmpty()) {
        for (int index : fuzzy(typed.join(QString()), limit))
            hits.append(hit(index));
    }
    return hits;
}

QList<int> PersonDirectory::fuzzy(const QString &compactQuery, int limit) const
{
    QList<std::pair<int, int>> scored; // distance, entry
    if (compactQuery.size() < 4)
        return {};
    const auto letters = letterCounts(compactQuery);
    for (int i = int(m_entries.size()) - 1; i >= 0; --i) {
        const Entry &entry = m_entries[i];
        if (entry.removed || bagDistance(letters, entry.letters) > kSearchTypos)
            continue;
        const int distance
            = std::min(editDistance(compactQuery, entry.compactGiven + entry.compactFamily),
                       editDistance(compactQuery, entry.compactFamily + entry.compactGiven));
        if (distance <= kSearchTypos)
            scored.append({distance, i});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<int> result;
    for (const auto &[distance, index] : std::as_const(scored)) {
        if (result.size() >= limit)
            break;
        result.append(index);
    }
    return result;
}

QList<DuplicateMatch> PersonDirectory::possibleDuplicates(const QString &givenName,
                                                          const QString &familyName,
                                                          std::optional<int> birthYear) const
{
    const auto letters = letterCounts(compactName(givenName) + compactName(familyName));
    QList<NameCandidate> candidates;
    for (const Entry &entry : m_entries) {
        if (entry.removed)
            continue;
        if (birthYear && entry.person.birthYear
            && std::abs(*birthYear - *entry.person.birthYear) > 1)
            continue;
        if (bagDistance(letters, entry.letters) > kDuplicateTypos)
            continue;
        candidates.append(entry.person);
    }
    return findPossibleDuplicates(givenName, familyName, birthYear, candidates);
}

} // namespace sportello::people
