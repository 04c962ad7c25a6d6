// SPDX-License-Identifier: GPL-3.0-or-later
// The in-memory SearchIndex must rank exactly as SQLite FTS5's bm25() with the catalogue's
// column weights: both are fed the same rows and their scores compared.
#include "catalogue/searchtext.h"
#include "connection.h"
#include "memorysecretstore.h"
#include "search/searchindex.h"
#include "search/textnormalizer.h"
#include "sql.h"
#include "sqlite.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/migration.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::catalogue;
using sportello::search::Phrase;
using sportello::search::ScoredDoc;
using sportello::search::SearchIndex;

namespace {

// Twelve hand-written service rows: name, organization, categories, keywords, description,
// eligibility, documents (the columns of catalogue_fts).
const QList<SearchColumns> kDocuments = {
    {u"Assegno di Inclusione — ADI"_s, u"INPS — Istituto Nazionale della Previdenza Sociale"_s,
     u"Misure nazionali di sostegno al reddito · Povertà, disagio adulti e senza dimora"_s,
     u"soldi reddito sussidio assegno"_s,
     u"Sostegno economico per le famiglie con un minore, una persona con disabilità o con più"
     " di 60 anni. Si chiede all'INPS, anche tramite patronato o CAF."_s,
     u"ISEE ordinario fino a 10.140 euro; iscrizione al SIISL e patto di attivazione digitale."_s,
     u"ISEE in corso di validità · SPID o CIE"_s},
    {u"Bonus sociale luce e gas — Bonus bollette"_s, u"ARERA"_s,
     u"Bonus utenze · Famiglia e minori"_s, u"bolletta bollette luce gas acqua utenze"_s,
     u"Sconto automatico sulle bollette di luce e gas: basta presentare la DSU ogni anno."_s,
     u"ISEE fino a 9.530 euro, oppure 20.000 euro con almeno quattro figli a carico."_s,
     u"DSU per l'ISEE"_s},
    {u"Carta Dedicata a te"_s, u"Comune di Pioltello"_s,
     u"Aiuti alimentari e beni di prima necessità"_s, u"spesa pacco cibo"_s,
     u"Carta prepagata di 500 euro per la spesa alimentare, per famiglie di almeno tre persone."_s,
     u"Nessuna domanda: il Comune pubblica le liste dei beneficiari."_s,
     u"Documento d'identità · Codice fiscale"_s},
    {u"Segretariato sociale — Comune di Pioltello"_s, u"Comune di Pioltello"_s,
     u"Segretariato sociale e punti di accesso"_s, u"assistente sociale servizi sociali ascolto"_s,
     u"Il primo ascolto per chi vive in città: informazioni sui servizi della città e del"
     " territorio, orientamento e presa in carico."_s,
     u"Residenti nella Città di Pioltello."_s, u""_s},
    {u"SAD – Assistenza domiciliare"_s, u"Comune di Segrate"_s,
     u"Assistenza domiciliare sociale · Anziani · Disabili"_s,
     u"anziano anziani badante domicilio assistenza a casa"_s,
     u"Aiuto a casa per l'igiene personale, la spesa e le commissioni. Assistenza domiciliare"
     " con operatori qualificati, a domicilio."_s,
     u"Anziani e persone con disabilità residenti a Segrate."_s,
     u"ISEE sociosanitario · Certificato medico"_s},
    {u"Centro anziani della città"_s, u"Comune di Vimodrone"_s,
     u"Centri diurni e aggregazione · Anziani"_s, u"compagnia solitudine"_s,
     u"Attività, gite e corsi per gli anziani. Un luogo d'incontro nel centro della CITTÀ."_s,
     u"Dai 65 anni."_s, u"Tessera del centro"_s},
    {u"Emporio solidale Martesana"_s, u"Caritas Ambrosiana"_s,
     u"Aiuti alimentari e beni di prima necessità · Povertà"_s, u"spesa pacco cibo alimenti"_s,
     u"Un piccolo supermercato dove si fa la spesa con una tessera a punti, senza pagare."_s,
     u"ISEE fino a 9.000 euro, residenti nell'ambito."_s,
     u"ISEE in corso di validità · Documento d'identità"_s},
    {u"Punto Digitale Facile"_s, u"Biblioteca civica"_s, u"Facilitazione digitale"_s,
     u"spid identità digitale cie app io internet"_s,
     u"Aiuto gratuito per attivare lo SPID, usare l'app IO e i servizi online della pubblica"
     " amministrazione."_s,
     u""_s, u"Documento d'identità · Tessera sanitaria · Cellulare"_s},
    {u"Contributo affitto 2026"_s, u"Ambito territoriale — Ufficio di Piano"_s,
     u"Sostegno all'abitare"_s, u"affitto affitti sfratto casa canone"_s,
     u"Contributo per pagare l'affitto a chi è in difficoltà, versato al proprietario di casa."
     " Solo durante il bando."_s,
     u"ISEE fino a 15.000 euro, contratto registrato, residenza da almeno sei mesi."_s,
     u"Contratto di locazione registrato · Ricevute dell'affitto · ISEE"_s},
    {u"Centro di Ascolto Caritas"_s, u"Caritas — Parrocchia di Sant'Andrea"_s,
     u"Segretariato sociale e punti di accesso · Povertà"_s, u"ascolto colloquio"_s,
     u"Ascolto e accompagnamento per chi è in difficoltà: bollette, affitto, spesa, lavoro."_s,
     u"Aperto a tutti, senza appuntamento."_s, u""_s},
    {u"Sportello legale gratuito"_s, u"Associazione avvocati volontari"_s,
     u"Consulenza legale e tutela"_s, u"avvocato legale tutela sfratto"_s,
     u"Consulenza legale gratuita su casa, lavoro, debiti e cittadinanza."_s,
     u"Per chi non può pagare un avvocato."_s, u"Documento d'identità"_s},
    {u"Pacchi alimentari"_s, u"Croce Rossa — comitato di Pioltello"_s,
     u"Aiuti alimentari e beni di prima necessità"_s, u"pacco pacchi cibo fame"_s,
     u"Un pacco di alimenti ogni quindici giorni per le famiglie segnalate dai servizi sociali"
     " della città."_s,
     u"Famiglie seguite dai servizi sociali."_s, u"Segnalazione dei servizi sociali"_s},
};

std::array<double, SearchIndex::kMaxColumns> weights()
{
    std::array<double, SearchIndex::kMaxColumns> array {};
    std::copy(kSearchFieldWeights.cbegin(), kSearchFieldWeights.cend(), array.begin());
    return array;
}

// catalogue_fts exactly as the application's migration creates it.
QString ftsTableStatement()
{
    for (const storage::Migration &migration : storage::MigrationSet::application().migrations()) {
        for (const QString &statement : migration.statements) {
            if (statement.contains(u"CREATE VIRTUAL TABLE catalogue_fts"_s))
                return statement;
        }
    }
    return {};
}

// A private in-memory SQLite connection, removed at the end of the test.
class MemoryDatabase final
{
public:
    MemoryDatabase()
    {
        auto opened = storage::SqlConnection::open(u":memory:"_s, {});
        if (opened)
            m_db = *opened;
    }

    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }
    [[nodiscard]] storage::SqlConnection db() const { return m_db; }

private:
    storage::SqlConnection m_db;
};

// The documents FTS5 matches for `query`, with score = -bm25 (higher is better) and doc =
// rowid - 1 (rowids count from 1, documents from 0).
std::vector<ScoredDoc> ftsMatch(const storage::SqlConnection &db, const QString &query)
{
    auto result = storage::run(db,
                               u"SELECT rowid, bm25(catalogue_fts, 10, 4, 4, 4, 1.5, 1, 1) "
                               "FROM catalogue_fts WHERE catalogue_fts MATCH ?"_s,
                               {query});
    INFO(query.toStdString());
    REQUIRE(result.ok());
    std::vector<ScoredDoc> docs;
    while (result->next())
        docs.push_back(ScoredDoc {static_cast<uint32_t>(result->value(0).toLongLong() - 1),
                                  -result->value(1).toDouble()});
    return docs;
}

void sortByRank(std::vector<ScoredDoc> &docs)
{
    std::sort(docs.begin(), docs.end(), [](const ScoredDoc &a, const ScoredDoc &b) {
        return a.score != b.score ? a.score > b.score : a.doc < b.doc;
    });
}

// Same documents, same scores within 1e-9 relative, same order.
void requireSameRanking(std::vector<ScoredDoc> ours, std::vector<ScoredDoc> reference)
{
    sortByRank(ours);
    sortByRank(reference);
    std::vector<uint32_t> ourOrder;
    std::vector<uint32_t> referenceOrder;
    for (const ScoredDoc &doc : ours)
        ourOrder.push_back(doc.doc);
    for (const ScoredDoc &doc : reference)
        referenceOrder.push_back(doc.doc);
    REQUIRE(ourOrder == referenceOrder);
    for (size_t i = 0; i < ours.size(); ++i) {
        CAPTURE(ours[i].doc, ours[i].score, reference[i].score);
        CHECK(std::abs(ours[i].score - reference[i].score)
              <= 1e-9 * std::max(std::abs(reference[i].score), 1e-300));
        CHECK(ours[i].score > 0.0);
    }
}

// The fixture in both engines.
class Fixture final
{
public:
    Fixture()
        : m_index(SearchFieldCount, weights())
    {
        REQUIRE(m_memory.isOpen());
        const QString create = ftsTableStatement();
        REQUIRE(create.contains(u"unicode61 remove_diacritics 2"_s));
        REQUIRE(storage::run(m_memory.db(), create).ok());
        qint64 rowid = 1;
        for (const SearchColumns &columns : kDocuments) {
            REQUIRE(storage::run(m_memory.db(),
                                 u"INSERT INTO catalogue_fts(rowid, name, organization, categories,"
                                 " keywords, description, eligibility, documents) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                 {rowid++, columns[0], columns[1], columns[2], columns[3],
                                  columns[4], columns[5], columns[6]})
                        .ok());
            m_index.addDocument(columns.data());
        }
        m_index.finish();
    }

    [[nodiscard]] const SearchIndex &index() const { return m_index; }
    [[nodiscard]] std::vector<ScoredDoc> fts(const QString &query) const
    {
        return ftsMatch(m_memory.db(), query);
    }

private:
    MemoryDatabase m_memory;
    SearchIndex m_index;
};

Phrase prefix(const char *text)
{
    return Phrase {QByteArray(text), true};
}

Phrase exact(const char *text)
{
    return Phrase {QByteArray(text), false};
}

std::vector<uint32_t> docsOf(std::vector<ScoredDoc> docs)
{
    sortByRank(docs);
    std::vector<uint32_t> list;
    for (const ScoredDoc &doc : docs)
        list.push_back(doc.doc);
    return list;
}

} // namespace

TEST_CASE("bm25 scores equal FTS5's for a single prefix", "[search][searchindex]")
{
    const Fixture fixture;
    REQUIRE(fixture.index().documentCount() == 12);
    for (const char *text : {"bol", "a", "ass", "isee", "spes", "sociale", "pac"}) {
        CAPTURE(text);
        const auto reference = fixture.fts(u"\"%1\"*"_s.arg(QLatin1StringView(text)));
        REQUIRE(reference.size() >= 2); // a ranking, not a single hit
        requireSameRanking(fixture.index().match({prefix(text)}), reference);
    }
}

TEST_CASE("bm25 scores equal FTS5's for whole terms and common words", "[search][searchindex]")
{
    const Fixture fixture;
    // "di" is in most documents: its idf is clamped to a tiny positive number by both.
    for (const char *text : {"isee", "di", "euro", "affitto"}) {
        CAPTURE(text);
        const auto reference = fixture.fts(u"\"%1\""_s.arg(QLatin1StringView(text)));
        REQUIRE(reference.size() >= 2);
        requireSameRanking(fixture.index().match({exact(text)}), reference);
    }
}

TEST_CASE("bm25 scores equal FTS5's for several tokens", "[search][searchindex]")
{
    const Fixture fixture;
    const struct
    {
        QList<Phrase> phrases;
        QString fts;
    } queries[] = {
        {{prefix("assist"), prefix("domicil")}, u"\"assist\"* \"domicil\"*"_s},
        {{prefix("isee"), prefix("euro")}, u"\"isee\"* \"euro\"*"_s},
        {{prefix("spesa"), prefix("famigli")}, u"\"spesa\"* \"famigli\"*"_s},
        {{exact("servizi"), prefix("social")}, u"\"servizi\" \"social\"*"_s},
        {{prefix("ascolt"), prefix("difficolt"), prefix("a")},
         u"\"ascolt\"* \"difficolt\"* \"a\"*"_s},
    };
    for (const auto &query : queries) {
        CAPTURE(query.fts.toStdString());
        const auto reference = fixture.fts(query.fts);
        REQUIRE_FALSE(reference.empty());
        requireSameRanking(fixture.index().match(query.phrases), reference);
    }
}

TEST_CASE("accented and unaccented queries rank the same in both engines", "[search][searchindex]")
{
    const Fixture fixture;
    // The query text goes through the same tokenizer as the documents.
    const QList<QByteArray> tokens = search::tokenize(u"città"_s);
    REQUIRE(tokens.size() == 1);
    REQUIRE(tokens.first().toStdString() == "citta");
    const auto ours = fixture.index().match({Phrase {tokens.first(), true}});
    const auto accented = fixture.fts(u"\"città\"*"_s);
    const auto plain = fixture.fts(u"\"citta\"*"_s);
    // "città", "CITTÀ" and "Città" in three documents, "cittadinanza" in a fourth.
    REQUIRE(accented.size() == 4);
    requireSameRanking(ours, accented);
    requireSameRanking(ours, plain);

    const auto whole = fixture.index().match({Phrase {"citta", false}});
    requireSameRanking(whole, fixture.fts(u"\"città\""_s));
    CHECK(whole.size() == 3); // not "cittadinanza"
}

TEST_CASE("a phrase that no document contains matches nothing", "[search][searchindex]")
{
    const Fixture fixture;
    CHECK(fixture.index().match({prefix("zanzibar")}).empty());
    CHECK(fixture.index().match({prefix("bollette"), prefix("zanzibar")}).empty());
    CHECK(fixture.fts(u"\"bollette\"* \"zanzibar\"*"_s).empty());
    CHECK(fixture.index().match({exact("bollett")}).empty()); // not a whole term
    CHECK(fixture.index().match({}).empty());
    // Every word must match: "bollette" and "affitto" are together only in document 9.
    CHECK(docsOf(fixture.index().match({prefix("bollette"), prefix("affitto")}))
          == std::vector<uint32_t> {9});
}

TEST_CASE("hasTerm knows whole terms and prefixes", "[search][searchindex]")
{
    const Fixture fixture;
    CHECK(fixture.index().hasTerm(exact("bolletta")));
    CHECK(fixture.index().hasTerm(prefix("boll")));
    CHECK_FALSE(fixture.index().hasTerm(exact("boll")));
    CHECK(fixture.index().hasTerm(exact("citta")));
    CHECK_FALSE(fixture.index().hasTerm(exact("città"))); // terms are stored folded
    CHECK_FALSE(fixture.index().hasTerm(prefix("bollatta")));
    CHECK_FALSE(fixture.index().hasTerm(prefix("zz")));
}

TEST_CASE("similarTerms suggests the word meant by a typo", "[search][searchindex]")
{
    const Fixture fixture;
    const QList<QByteArray> bolletta = fixture.index().similarTerms("bollatta", 3);
    REQUIRE_FALSE(bolletta.isEmpty());
    CHECK(bolletta.first().toStdString() == "bolletta");
    const QList<QByteArray> affitto = fixture.index().similarTerms("afitto", 3);
    REQUIRE_FALSE(affitto.isEmpty());
    CHECK(affitto.first().toStdString() == "affitto");
    const QList<QByteArray> domiciliare = fixture.index().similarTerms("domicigliare", 3);
    REQUIRE_FALSE(domiciliare.isEmpty());
    CHECK(domiciliare.first().toStdString() == "domiciliare");
    CHECK(fixture.index().similarTerms("zanzibar", 3).isEmpty());
    CHECK(fixture.index().similarTerms("bollatta", 1).size() == 1);
}

TEST_CASE("similarTerms breaks ties the same way on every run", "[search][searchindex]")
{
    // Eight terms equally close to "abcdef", each in one document: only the term itself can
    // order them, since the candidates are gathered in hash order.
    SearchIndex index(1, weights());
    const QString text = u"abcdeu abcdez abcdem abcdes abcdew abcder abcdev abcden"_s;
    index.addDocument(&text);
    index.finish();
    QStringList first;
    for (const QByteArray &term : index.similarTerms("abcdef", 3))
        first.append(QString::fromUtf8(term));
    CHECK(first == QStringList {u"abcdem"_s, u"abcden"_s, u"abcder"_s});
    CHECK(index.similarTerms("abcdef", 8).size() == 8);
}

TEST_CASE("the index built from the repository's rows ranks as the profile's catalogue_fts",
          "[search][searchindex][storage]")
{
    test::TempDir dir;
    test::FakeClock clock;
    auto profile = storage::Profile::open(dir.path(), sportello::test::secrets());
    REQUIRE(profile.ok());
    storage::CatalogueRepository repository((*profile)->database(), clock);

    Catalogue catalogue;
    catalogue.organizations.append(Organization {});
    Organization &comune = catalogue.organizations.last();
    comune.uid = u"org-comune"_s;
    comune.name = u"Comune di Pioltello"_s;
    comune.kind = OrganizationKind::Comune;
    int n = 0;
    for (const SearchColumns &columns : kDocuments) {
        Service s;
        s.uid = u"svc-%1"_s.arg(++n);
        s.organizationUid = comune.uid;
        s.name = columns[FieldName];
        s.description = columns[FieldDescription];
        s.eligibilityText = columns[FieldEligibility];
        s.categories = {n % 2 ? u"INC.UTENZE"_s : u"INC.ALIM"_s};
        s.userAreas = {u"AREA.POVERTA"_s};
        s.automatic = true;
        if (!columns[FieldDocuments].isEmpty())
            s.documents = {NamedItem {u"doc-%1"_s.arg(n), columns[FieldDocuments]}};
        catalogue.services.append(s);
    }
    REQUIRE(repository.importCatalogue(catalogue, u"test"_s).ok());

    auto rows = repository.searchRows();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == kDocuments.size());
    SearchIndex index(SearchFieldCount, weights());
    QHash<uint32_t, qint64> serviceOf;
    for (const SearchRow &row : *rows) {
        serviceOf.insert(index.documentCount(), row.serviceId);
        index.addDocument(row.columns.data());
    }
    index.finish();
    // The synonyms of the categories are in the keywords column.
    CHECK(index.hasTerm(exact("bolletta")));
    CHECK(index.hasTerm(exact("pacco")));

    const storage::SqlConnection db = storage::connectionOf((*profile)->database());
    for (const char *text : {"bol", "pacc", "comune", "citta", "isee", "spesa"}) {
        CAPTURE(text);
        auto reference = ftsMatch(db, u"\"%1\"*"_s.arg(QLatin1StringView(text)));
        REQUIRE(reference.size() >= 2);
        // Map FTS rowids (service ids) to our document numbers.
        QHash<qint64, uint32_t> docOf;
        for (auto it = serviceOf.cbegin(); it != serviceOf.cend(); ++it)
            docOf.insert(it.value(), it.key());
        for (ScoredDoc &doc : reference)
            doc.doc = docOf.value(static_cast<qint64>(doc.doc) + 1);
        requireSameRanking(index.match({prefix(text)}), reference);
    }
}
