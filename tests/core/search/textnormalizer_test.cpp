// SPDX-License-Identifier: GPL-3.0-or-later
// The search tokenizer must split and fold text exactly as SQLite FTS5's
// `unicode61 remove_diacritics 2` does, or the in-memory index and FTS5 would disagree.
#include "search/textnormalizer.h"
#include "sql.h"
#include "sqlite.h"
#include "testhelpers.h"

#include <QSet>

#include <catch2/catch_test_macros.hpp>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using sportello::search::tokenize;
using sportello::storage::run;

namespace {

using Tokens = std::vector<std::string>;

// The tokens of `text`, as strings Catch2 prints readably.
Tokens words(QStringView text)
{
    Tokens list;
    for (const QByteArray &token : tokenize(text))
        list.push_back(token.toStdString());
    return list;
}

// A private in-memory SQLite connection, removed at the end of the test.
class MemoryDatabase final
{
public:
    MemoryDatabase()
    {
        auto opened = sportello::storage::SqlConnection::open(u":memory:"_s, {});
        if (opened)
            m_db = *opened;
    }

    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }
    [[nodiscard]] sportello::storage::SqlConnection db() const { return m_db; }

private:
    sportello::storage::SqlConnection m_db;
};

// The distinct terms FTS5 itself indexes for `sentences`, read back through fts5vocab.
QSet<QByteArray> fts5Terms(const QStringList &sentences)
{
    MemoryDatabase memory;
    REQUIRE(memory.isOpen());
    const sportello::storage::SqlConnection db = memory.db();
    REQUIRE(run(db,
                u"CREATE VIRTUAL TABLE t USING fts5(body, "
                "tokenize = 'unicode61 remove_diacritics 2')"_s)
                .ok());
    REQUIRE(run(db, u"CREATE VIRTUAL TABLE v USING fts5vocab('t', 'row')"_s).ok());
    for (const QString &sentence : sentences)
        REQUIRE(run(db, u"INSERT INTO t(body) VALUES (?)"_s, {sentence}).ok());
    auto query = run(db, u"SELECT term FROM v"_s);
    REQUIRE(query.ok());
    QSet<QByteArray> terms;
    while (query->next())
        terms.insert(query->value(0).toString().toUtf8());
    REQUIRE_FALSE(terms.isEmpty());
    return terms;
}

QSet<QByteArray> ourTerms(const QStringList &sentences)
{
    QSet<QByteArray> terms;
    for (const QString &sentence : sentences) {
        for (const QByteArray &token : tokenize(sentence))
            terms.insert(token);
    }
    return terms;
}

std::string describe(const QSet<QByteArray> &terms)
{
    QList<QByteArray> sorted(terms.cbegin(), terms.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted.join(' ').toStdString();
}

} // namespace

TEST_CASE("accents are removed and case folded", "[search][tokenizer]")
{
    CHECK(words(u"Città, perché è più"_s) == Tokens {"citta", "perche", "e", "piu"});
    CHECK(words(u"CITTÀ PERCHÉ È PIÙ"_s) == Tokens {"citta", "perche", "e", "piu"});
    CHECK(words(u"Lunedì, Martedì e Venerdì"_s) == Tokens {"lunedi", "martedi", "e", "venerdi"});
    CHECK(words(u"ASSEGNO di Inclusione"_s) == Tokens {"assegno", "di", "inclusione"});
    CHECK(words(u"Ça va, Ñandú, Øre, Straße"_s) == Tokens {"ca", "va", "nandu", "øre", "straße"});
    // A combining accent after its letter is removed without splitting the word.
    CHECK(words(u"citta\u0300 perche\u0301"_s) == Tokens {"citta", "perche"});
}

TEST_CASE("apostrophes and punctuation split words", "[search][tokenizer]")
{
    CHECK(words(u"dell'ISEE"_s) == Tokens {"dell", "isee"});
    CHECK(words(u"dell’ISEE"_s) == Tokens {"dell", "isee"}); // typographic apostrophe
    CHECK(words(u"l'assistente sociale: un po' d'aiuto!"_s)
          == Tokens {"l", "assistente", "sociale", "un", "po", "d", "aiuto"});
    CHECK(words(u"servizi.sociali@comune.pioltello.mi.it"_s)
          == Tokens {"servizi", "sociali", "comune", "pioltello", "mi", "it"});
    CHECK(words(u"SAD – Assistenza domiciliare (Pioltello)"_s)
          == Tokens {"sad", "assistenza", "domiciliare", "pioltello"});
    CHECK(words(u"«Dedicata a te»"_s) == Tokens {"dedicata", "a", "te"});
}

TEST_CASE("numbers split at separators and symbols", "[search][tokenizer]")
{
    CHECK(words(u"10.140"_s) == Tokens {"10", "140"});
    CHECK(words(u"ISEE ≤ 10.140,00 €"_s) == Tokens {"isee", "10", "140", "00"});
    CHECK(words(u"legge 104/1992, art. 3 c. 3"_s)
          == Tokens {"legge", "104", "1992", "art", "3", "c", "3"});
    CHECK(words(u"9:00–12:00"_s) == Tokens {"9", "00", "12", "00"});
    CHECK(words(u"730 precompilato"_s) == Tokens {"730", "precompilato"});
    CHECK(words(u"n°3"_s) == Tokens {"n", "3"});
}

TEST_CASE("empty and separator-only text gives no token", "[search][tokenizer]")
{
    CHECK(words(u""_s).empty());
    CHECK(words(u"  ,.;:!? – — … «» € % / "_s).empty());
}

TEST_CASE("tokenize agrees with FTS5's unicode61 remove_diacritics 2", "[search][tokenizer]")
{
    const QStringList sentences = {
        u"Città, perché è più"_s,
        u"L'Assegno di Inclusione (ADI) è erogato dall'INPS: ISEE ≤ 10.140 € (2025)."_s,
        u"Servizi sociali del Comune di Pioltello – via Cattaneo, 1 – 20096 Pioltello (MI)"_s,
        u"Lunedì e mercoledì 9:00–12:00; giovedì 14:00–16:30. Chiuso il 24/12."_s,
        u"Documenti: carta d’identità, codice fiscale, permesso di soggiorno UE per"
        " soggiornanti di lungo periodo."_s,
        u"Perché sì? Così è: «Carta Dedicata a te», n°3 — più ÀÈÌÒÙ àèìòù ÉÓ éó"_s,
        u"Façade naïve Œuvre Ærø Ñandú Straße İstanbul ǅemal"_s,
        u"e-mail: servizi.sociali@comune.segrate.mi.it, tel. +39 02 2690 2690"_s,
        u"citta\u0300 perche\u0301 cosi\u0300"_s,
        u"SPID/CIE/CNS — l'app IO; 803.164; 730-precompilato; NASpI & DIS-COLL"_s,
    };
    const QSet<QByteArray> expected = fts5Terms(sentences);
    const QSet<QByteArray> actual = ourTerms(sentences);
    INFO("FTS5: " << describe(expected));
    INFO("ours: " << describe(actual));
    CHECK(actual == expected);
    // The comparison would catch a tokenizer that kept accents or split differently.
    CHECK(expected.contains("citta"));
    CHECK(expected.contains("dall"));
    CHECK(expected.contains("140"));
}
