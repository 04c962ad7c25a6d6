// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/namematch.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

namespace sportello::people {

// One person as the search field shows it.
struct DirectoryHit
{
    qint64 personId = 0;
    QString givenName;
    QString familyName;
    int birthYear = 0;
};

// The names of the desk's people in memory, decrypted once after login, so that the person
// field answers while typing (names are sealed at rest: SQL cannot search them). Forgotten at
// lock. Not thread-safe: used from one thread.
class PersonDirectory final
{
public:
    void reset(const QList<NameCandidate> &people);
    void upsert(const NameCandidate &person);
    void remove(qint64 personId);
    void clear();
    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }

    // People whose name tokens start with every token of `query` (accent-, case- and
    // order-insensitive; "ross mar" finds Mario Rossi), most recently added first; when none
    // does, people whose full name is within two typos of the query.
    [[nodiscard]] QList<DirectoryHit> search(const QString &query, int limit = 20) const;
    // The recorded people who may be this one (see findPossibleDuplicates).
    [[nodiscard]] QList<DuplicateMatch> possibleDuplicates(const QString &givenName,
                                                           const QString &familyName,
                                                           std::optional<int> birthYear) const;
    [[nodiscard]] std::optional<DirectoryHit> find(qint64 personId) const;

private:
    struct Entry
    {
        NameCandidate person;
        QStringList tokens; // normalized name tokens
        QString compactGiven;
        QString compactFamily;
        std::array<quint8, 26> letters {}; // how many of each letter a–z, for a cheap bound
        bool removed = false;
    };
    struct Token
    {
        QString text; // normalized token
        int entry = 0;
    };
    [[nodiscard]] static Entry makeEntry(const NameCandidate &person);
    void addTokens(int entry);
    [[nodiscard]] DirectoryHit hit(int entry) const;
    [[nodiscard]] QList<int> fuzzy(const QString &compactQuery, int limit) const;

    QVector<Entry> m_entries;
    QHash<qint64, int> m_byId;
    QVector<Token> m_tokens; // sorted by text, then entry
};

} // namespace sportello::people
