// SPDX-License-Identifier: GPL-3.0-or-later
// The search as the counter uses it: text with accents, prefixes, synonyms and typos, ranking,
// facets and the eligibility of the person in front of the desk.
#include "catalogue/eligibility.h"
#include "catalogue/taxonomy.h"
#include "demo/demoprofile.h"
#include "memorysecretstore.h"
#include "search/cataloguesearch.h"
#include "storage/cataloguerepository.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <set>

using namespace Qt::StringLiterals;
using namespace sportello;
using namespace sportello::catalogue;
using namespace sportello::search;

namespace {

const QString kPioltello = u"015175"_s;
const QString kSegrate = u"015205"_s;

// A profile with a catalogue in it, and the search snapshot built from it.
struct Searchable
{
    test::TempDir dir;
    test::FakeClock clock {QDateTime(QDate(2026, 11, 22), QTime(10, 0))};
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<storage::CatalogueRepository> repository;
    std::shared_ptr<const CatalogueIndex> index;
    QList<Service> services;

    void open()
    {
        auto opened = storage::Profile::open(dir.path(), sportello::test::secrets());
        REQUIRE(opened.ok());
        profile = std::move(*opened);
        repository = std::make_unique<storage::CatalogueRepository>(profile->database(), clock);
    }

    void buildIndex()
    {
        auto summaries = repository->summaries();
        REQUIRE(summaries.ok());
        auto rows = repository->searchRows();
        REQUIRE(rows.ok());
        index = CatalogueIndex::build(*summaries, *rows);
        auto all = repository->services();
        REQUIRE(all.ok());
        services = *all;
    }

    [[nodiscard]] const Service &service(const QString &uid) const
    {
        const auto it = std::find_if(services.cbegin(), services.cend(),
                                     [&](const Service &s) { return s.uid == uid; });
        REQUIRE(it != services.cend());
        return *it;
    }

    [[nodiscard]] Response search(Request request) const
    {
        if (!request.now.isValid())
            request.now = clock.now();
        CatalogueSearcher searcher(index);
        return searcher.search(request);
    }

    [[nodiscard]] Response search(const QString &text, const Filters &filters = {}) const
    {
        Request request;
        request.text = text;
        request.filters = filters;
        request.limit = 1000;
        return search(request);
    }

    [[nodiscard]] QStringList uids(const Response &response) const
    {
        QStringList list;
        for (const Hit &hit : response.hits)
            list.append(index->summary(hit.doc).uid);
        return list;
    }
};

// The demo catalogue, as `sportello-cli demo` creates it.
std::unique_ptr<Searchable> demoCatalogue()
{
    auto searchable = std::make_unique<Searchable>();
    searchable->open();
    REQUIRE(demo::seedDemoProfile(*searchable->profile, searchable->clock).ok());
    searchable->buildIndex();
    REQUIRE(searchable->services.size() > 50);
    return searchable;
}

Service fixtureService(const QString &uid, const QString &name, const QString &description,
                       const QStringList &categories, const QString &locationUid)
{
    Service s;
    s.uid = uid;
    s.organizationUid = u"org-rete"_s;
    s.name = name;
    s.description = description;
    s.categories = categories;
    s.userAreas = {u"AREA.MULTIUTENZA"_s};
    s.channels = {Channel {ChannelType::InPerson, {}}};
    ServiceAtLocation place;
    place.uid = uid + u"@"_s + locationUid;
    place.locationUid = locationUid;
    s.locations = {place};
    return s;
}

// A small catalogue whose texts avoid the everyday words, so only the synonyms can find them.
std::unique_ptr<Searchable> fixtureCatalogue()
{
    auto searchable = std::make_unique<Searchable>();
    searchable->open();
    Catalogue catalogue;
    Organization rete;
    rete.uid = u"org-rete"_s;
    rete.name = u"Rete solidale Martesana"_s;
    rete.kind = OrganizationKind::Association;
    catalogue.organizations = {rete};
    Location pioltello;
    pioltello.uid = u"loc-pioltello"_s;
    pioltello.organizationUid = rete.uid;
    pioltello.name = u"Sede di Pioltello"_s;
    pioltello.street = u"Via Roma 1"_s;
    pioltello.city = u"Pioltello"_s;
    pioltello.comuneIstat = kPioltello;
    Location segrate = pioltello;
    segrate.uid = u"loc-segrate"_s;
    segrate.name = u"Sede di Segrate"_s;
    segrate.city = u"Segrate"_s;
    segrate.comuneIstat = kSegrate;
    catalogue.locations = {pioltello, segrate};
    catalogue.services = {
        fixtureService(u"svc-bonus-luce-gas"_s, u"Bonus sociale luce e gas"_s,
                       u"Sconto automatico in fattura per le famiglie con un ISEE basso."_s,
                       {u"INC.UTENZE"_s}, u"loc-pioltello"_s),
        fixtureService(u"svc-sostegno-locazione"_s, u"Sostegno alla locazione"_s,
                       u"Contributo economico a chi rischia di perdere l'alloggio in cui vive."_s,
                       {u"INC.CASA"_s}, u"loc-pioltello"_s),
        fixtureService(u"svc-pacchi"_s, u"Distribuzione di generi alimentari"_s,
                       u"Generi di prima necessità ogni due settimane."_s, {u"INC.ALIM"_s},
                       u"loc-segrate"_s),
        fixtureService(u"svc-punto-digitale"_s, u"Punto Digitale Facile"_s,
                       u"Aiuto a usare i servizi della pubblica amministrazione."_s,
                       {u"INC.DIGIT"_s}, u"loc-segrate"_s),
        fixtureService(u"svc-ascolto"_s, u"Centro di ascolto"_s,
                       u"Ascolto e orientamento per chi vive in città o è di passaggio."_s,
                       {u"ACC.SEGR"_s}, u"loc-pioltello"_s),
        fixtureService(u"svc-telesoccorso"_s, u"Telesoccorso"_s,
                       u"Un apparecchio per chiamare aiuto a ogni ora del giorno e della notte."_s,
                       {u"DOM.PROS"_s}, u"loc-segrate"_s),
        fixtureService(u"svc-assistenza-domiciliare"_s, u"Assistenza domiciliare"_s,
                       u"Operatori a casa per l'igiene personale e le commissioni; su richiesta"
                       " anche il telesoccorso collegato alla centrale."_s,
                       {u"DOM.SAD"_s}, u"loc-pioltello"_s),
    };
    auto imported = searchable->repository->importCatalogue(catalogue, u"test"_s);
    INFO((imported.ok() ? std::string() : imported.error().toLogString().toStdString()));
    REQUIRE(imported.ok());
    searchable->buildIndex();
    return searchable;
}

int verdictRank(Verdict verdict)
{
    return verdict == Verdict::LikelyEligible ? 0 : verdict == Verdict::Unknown ? 1 : 2;
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

TEST_CASE("an unaccented query finds accented text and vice versa", "[search][catalogue]")
{
    const auto demo = demoCatalogue();
    const QStringList plain = demo->uids(demo->search(u"citta"_s));
    for (const QString &uid : {u"svc-pioltello-segretariato"_s, u"svc-pioltello-centro-anziani"_s,
                               u"svc-appha-tempo-libero"_s}) {
        CAPTURE(uid);
        CHECK(demo->service(uid).description.contains(u"città"_s));
        CHECK(plain.contains(uid));
    }
    CHECK(toSet(demo->uids(demo->search(u"città"_s))) == toSet(plain));
    CHECK(toSet(demo->uids(demo->search(u"CITTÀ"_s))) == toSet(plain));

    const auto fixture = fixtureCatalogue();
    CHECK(fixture->uids(fixture->search(u"citta"_s)) == QStringList {u"svc-ascolto"_s});
}

TEST_CASE("every word of the query is a prefix", "[search][catalogue]")
{
    const auto demo = demoCatalogue();
    const QStringList bol = demo->uids(demo->search(u"bol"_s));
    CHECK(bol.contains(u"svc-bonus-sociale-luce-gas"_s)); // "Bonus bollette"
    CHECK(bol.contains(u"svc-rodano-contributo-utenze"_s)); // "Contributo bollette"
    CHECK_FALSE(bol.contains(u"svc-sportello-legale"_s));
    // Two prefixes: both must match, so the hits are those both find.
    const QSet<QString> two = toSet(demo->uids(demo->search(u"bon soc"_s)));
    CHECK(two.contains(u"svc-bonus-sociale-luce-gas"_s));
    CHECK(two.contains(u"svc-bonus-sociale-acqua"_s));
    const QSet<QString> both
        = toSet(demo->uids(demo->search(u"bon"_s))) & toSet(demo->uids(demo->search(u"soc"_s)));
    CHECK(two == both);
    CHECK(two.size() < demo->search(u"soc"_s).total);
}

TEST_CASE("everyday words find services through the synonyms", "[search][catalogue]")
{
    const auto fixture = fixtureCatalogue();
    CHECK(fixture->uids(fixture->search(u"bolletta"_s)) == QStringList {u"svc-bonus-luce-gas"_s});
    CHECK(fixture->uids(fixture->search(u"bollette"_s)) == QStringList {u"svc-bonus-luce-gas"_s});
    CHECK(fixture->uids(fixture->search(u"sfratto"_s))
          == QStringList {u"svc-sostegno-locazione"_s});
    CHECK(fixture->uids(fixture->search(u"spesa"_s)) == QStringList {u"svc-pacchi"_s});
    CHECK(fixture->uids(fixture->search(u"spid"_s)) == QStringList {u"svc-punto-digitale"_s});

    // The same on the demo catalogue, where the words are not in these services' own texts.
    const auto demo = demoCatalogue();
    CHECK(demo->uids(demo->search(u"bolletta"_s)).contains(u"svc-bonus-sociale-luce-gas"_s));
    CHECK_FALSE(demo->service(u"svc-sap-avviso"_s).description.contains(u"sfratt"_s));
    CHECK(demo->uids(demo->search(u"sfratto"_s)).contains(u"svc-sap-avviso"_s));
    CHECK(demo->uids(demo->search(u"sfratto"_s)).contains(u"svc-contributo-affitto"_s));
    CHECK_FALSE(demo->service(u"svc-caritas-pioltello-pacchi"_s).description.contains(u"spesa"_s));
    CHECK(demo->uids(demo->search(u"spesa"_s)).contains(u"svc-caritas-pioltello-pacchi"_s));
    const QStringList spid = demo->uids(demo->search(u"spid"_s));
    CHECK(spid.contains(u"svc-garibaldini-digitale"_s));
    CHECK(spid.contains(u"svc-fnp-pioltello-punto-digitale"_s));
}

TEST_CASE("typos: near misses still find the service, real typos are corrected",
          "[search][catalogue]")
{
    const auto fixture = fixtureCatalogue();
    const Response bolleta = fixture->search(u"bolleta"_s);
    CHECK(fixture->uids(bolleta) == QStringList {u"svc-bonus-luce-gas"_s});
    const Response affito = fixture->search(u"affito"_s);
    CHECK(fixture->uids(affito) == QStringList {u"svc-sostegno-locazione"_s});

    const Response bollatta = fixture->search(u"bollatta"_s);
    CHECK(bollatta.correctedText == u"bolletta"_s);
    CHECK(fixture->uids(bollatta) == QStringList {u"svc-bonus-luce-gas"_s});
    CHECK(bollatta.suggestions.contains(u"bolletta"_s));

    // On the demo catalogue too.
    const auto demo = demoCatalogue();
    CHECK(demo->uids(demo->search(u"bolleta"_s)).contains(u"svc-bonus-sociale-luce-gas"_s));
    CHECK(demo->uids(demo->search(u"affito"_s)).contains(u"svc-contributo-affitto"_s));
    const Response demoTypo = demo->search(u"bollatta"_s);
    CHECK(demoTypo.correctedText == u"bolletta"_s);
    CHECK(demo->uids(demoTypo).contains(u"svc-bonus-sociale-luce-gas"_s));

    // A query that matches as typed is never "corrected".
    CHECK(fixture->search(u"bolletta"_s).correctedText.isEmpty());
    // Nothing close at all: no hit, no correction.
    const Response nonsense = fixture->search(u"xqzwy"_s);
    CHECK(nonsense.hits.isEmpty());
    CHECK(nonsense.total == 0);
    CHECK(nonsense.correctedText.isEmpty());
}

TEST_CASE("a match in the name outranks a match in the description", "[search][catalogue]")
{
    const auto fixture = fixtureCatalogue();
    CHECK(fixture->uids(fixture->search(u"telesoccorso"_s))
          == QStringList {u"svc-telesoccorso"_s, u"svc-assistenza-domiciliare"_s});

    const auto demo = demoCatalogue();
    const QStringList sad = demo->uids(demo->search(u"telesoccorso"_s));
    REQUIRE_FALSE(sad.isEmpty());
    CHECK(sad.first() == u"svc-segrate-telesoccorso"_s);
}

TEST_CASE("facets: category, comune and free filters", "[search][catalogue][facets]")
{
    const auto demo = demoCatalogue();
    const int utenze = termIndex(Taxonomy::categories(), u"INC.UTENZE"_s);
    REQUIRE(utenze >= 0);

    Filters byCategory;
    byCategory.category = utenze;
    const Response category = demo->search(QString(), byCategory);
    QSet<QString> expected;
    for (const Service &s : demo->services) {
        if (s.categories.contains(u"INC.UTENZE"_s))
            expected.insert(s.uid);
    }
    REQUIRE(expected.size() >= 5);
    CHECK(toSet(demo->uids(category)) == expected);
    CHECK(category.total == expected.size());

    Filters byComune;
    byComune.comune = termIndex(Taxonomy::comuni(), kPioltello);
    REQUIRE(byComune.comune >= 0);
    QHash<QString, QString> comuneOf;
    auto locations = demo->repository->locations();
    REQUIRE(locations.ok());
    for (const Location &l : *locations)
        comuneOf.insert(l.uid, l.comuneIstat);
    expected.clear();
    for (const Service &s : demo->services) {
        for (const ServiceAtLocation &place : s.locations) {
            if (comuneOf.value(place.locationUid) == kPioltello)
                expected.insert(s.uid);
        }
    }
    REQUIRE(expected.size() >= 5);
    CHECK(toSet(demo->uids(demo->search(QString(), byComune))) == expected);

    Filters free;
    free.freeOfCharge = true;
    expected.clear();
    for (const Service &s : demo->services) {
        if (s.free)
            expected.insert(s.uid);
    }
    REQUIRE(expected.size() < demo->services.size());
    CHECK(toSet(demo->uids(demo->search(QString(), free))) == expected);

    // Filters combine with text.
    const Response both = demo->search(u"bonus"_s, byCategory);
    CHECK(demo->uids(both).contains(u"svc-bonus-sociale-luce-gas"_s));
    for (const QString &uid : demo->uids(both))
        CHECK(demo->service(uid).categories.contains(u"INC.UTENZE"_s));
}

TEST_CASE("facets: calls open on 22 November 2026", "[search][catalogue][facets]")
{
    const auto demo = demoCatalogue();
    REQUIRE(demo->clock.today() == QDate(2026, 11, 22));
    Filters callOpen;
    callOpen.callOpen = true;
    const Response response = demo->search(QString(), callOpen);
    CHECK(toSet(demo->uids(response))
          == QSet<QString> {u"svc-contributo-affitto"_s, u"svc-misura-b2"_s});
    CHECK(response.facets.callOpen == 2);

    // A month earlier other calls were open.
    Request earlier;
    earlier.filters = callOpen;
    earlier.limit = 1000;
    earlier.now = QDateTime(QDate(2026, 10, 10), QTime(10, 0));
    const QStringList october = demo->uids(demo->search(earlier));
    CHECK(october.contains(u"svc-nidi-gratis"_s));
    CHECK(october.contains(u"svc-voucher-autonomia-anziani"_s));
    CHECK_FALSE(october.contains(u"svc-contributo-affitto"_s));
}

TEST_CASE("facets: open now at a fixed moment", "[search][catalogue][facets]")
{
    const auto demo = demoCatalogue();
    const QDateTime monday(QDate(2026, 11, 23), QTime(10, 0));
    const QDateTime sundayNight(QDate(2026, 11, 22), QTime(3, 0));
    for (const QDateTime &moment : {monday, sundayNight}) {
        CAPTURE(moment.toString(Qt::ISODate).toStdString());
        QSet<QString> expected;
        for (const Service &s : demo->services) {
            if (s.status != ServiceStatus::Active)
                continue;
            for (const ServiceAtLocation &place : s.locations) {
                if (isOpenAt(place.schedules, place.exceptions, moment))
                    expected.insert(s.uid);
            }
        }
        Request request;
        request.filters.openNow = true;
        request.limit = 1000;
        request.now = moment;
        const Response response = demo->search(request);
        CHECK(toSet(demo->uids(response)) == expected);
        CHECK(response.facets.openNow == expected.size());
        if (moment == monday)
            CHECK(expected.size() >= 10);
        else
            CHECK(expected.size() < 10);
    }
}

TEST_CASE("facets: likely eligible for a 70-year-old in Pioltello with ISEE 9,000 euro",
          "[search][catalogue][facets]")
{
    const auto demo = demoCatalogue();
    Request request;
    request.facts.age = 70;
    request.facts.comuneIstat = kPioltello;
    request.facts.iseeCents = 900000;
    request.filters.likelyEligible = true;
    request.limit = 1000;
    const Response response = demo->search(request);

    QSet<QString> expected;
    for (const Service &s : demo->services) {
        if (evaluateEligibility(s.rules, !s.eligibilityText.isEmpty(), request.facts).verdict
            == Verdict::LikelyEligible)
            expected.insert(s.uid);
    }
    const QSet<QString> found = toSet(demo->uids(response));
    CHECK(found == expected);
    CHECK(response.facets.likelyEligible == expected.size());
    CHECK(found.contains(u"svc-pioltello-centro-anziani"_s)); // 65+ in Pioltello
    CHECK(found.contains(u"svc-caritas-pioltello-pacchi"_s)); // ISEE ≤ 9,000 in Pioltello
    CHECK(found.contains(u"svc-voucher-autonomia-anziani"_s)); // 65+, ISEE ≤ 20,000
    CHECK_FALSE(found.contains(u"svc-sfl"_s)); // 18–59
    CHECK_FALSE(found.contains(u"svc-segrate-sad"_s)); // Segrate residents
    CHECK_FALSE(found.contains(u"svc-adi"_s)); // household unknown
    for (const Hit &hit : response.hits)
        CHECK(hit.verdict == Verdict::LikelyEligible);
}

TEST_CASE("facet counts ignore their own filter", "[search][catalogue][facets]")
{
    const auto demo = demoCatalogue();
    const int utenze = termIndex(Taxonomy::categories(), u"INC.UTENZE"_s);
    const Response all = demo->search(QString());
    CHECK(all.total == demo->services.size());

    Filters filters;
    filters.category = utenze;
    const Response category = demo->search(QString(), filters);
    // The category facet counts as if no category were chosen…
    CHECK(category.facets.categories == all.facets.categories);
    CHECK(category.total == all.facets.categories[static_cast<size_t>(utenze)]);
    // …while the other facets count within the chosen category.
    int free = 0;
    for (const QString &uid : demo->uids(category))
        free += demo->service(uid).free ? 1 : 0;
    CHECK(category.facets.freeOfCharge == free);
    CHECK(category.facets.freeOfCharge < all.facets.freeOfCharge);

    filters.freeOfCharge = true;
    const Response freeInCategory = demo->search(QString(), filters);
    CHECK(freeInCategory.total == free);
    CHECK(freeInCategory.facets.freeOfCharge == category.facets.freeOfCharge);
    CHECK(freeInCategory.facets.categories[static_cast<size_t>(utenze)] == free);
    // A category with non-free services counts fewer once "free" is on.
    const int sad = termIndex(Taxonomy::categories(), u"DOM.SAD"_s);
    CHECK(freeInCategory.facets.categories[static_cast<size_t>(sad)]
          < all.facets.categories[static_cast<size_t>(sad)]);
}

TEST_CASE("with facts, likely eligible services come first", "[search][catalogue]")
{
    const auto demo = demoCatalogue();
    Request request;
    request.facts.age = 70;
    request.facts.comuneIstat = kPioltello;
    request.facts.iseeCents = 900000;
    request.limit = 1000;
    const Response response = demo->search(request);
    CHECK(response.total == demo->services.size());
    std::set<int> seen;
    for (qsizetype i = 0; i < response.hits.size(); ++i) {
        const Hit &hit = response.hits.at(i);
        const Service &s = demo->service(demo->index->summary(hit.doc).uid);
        CHECK(hit.verdict
              == evaluateEligibility(s.rules, !s.eligibilityText.isEmpty(), request.facts).verdict);
        seen.insert(verdictRank(hit.verdict));
        if (i > 0)
            CHECK(verdictRank(response.hits.at(i - 1).verdict) <= verdictRank(hit.verdict));
    }
    CHECK(seen.size() == 3);

    // Also with text: "sad" finds the four SAD services; the Pioltello one first.
    request.text = u"sad"_s;
    const QStringList sad = demo->uids(demo->search(request));
    REQUIRE(sad.size() >= 4);
    CHECK(sad.first() == u"svc-pioltello-sad"_s);
}

TEST_CASE("an empty query lists every service alphabetically, running ones first",
          "[search][catalogue]")
{
    const auto demo = demoCatalogue();
    const Response response = demo->search(QString());
    CHECK(response.total == demo->services.size());
    REQUIRE(response.hits.size() == demo->services.size());

    QCollator collator(QLocale(QLocale::Italian, QLocale::Italy));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QStringList active;
    QStringList others;
    for (const Service &s : demo->services)
        (s.status == ServiceStatus::Active ? active : others).append(s.name);
    REQUIRE_FALSE(others.isEmpty());
    std::stable_sort(active.begin(), active.end(), collator);
    std::stable_sort(others.begin(), others.end(), collator);
    QStringList names;
    for (const Hit &hit : response.hits)
        names.append(demo->index->summary(hit.doc).name);
    CHECK(names == active + others);

    // The limit keeps the first ones; the total still counts all.
    Request limited;
    limited.limit = 5;
    const Response first = demo->search(limited);
    CHECK(first.total == demo->services.size());
    REQUIRE(first.hits.size() == 5);
    for (int i = 0; i < 5; ++i)
        CHECK(demo->index->summary(first.hits.at(i).doc).name == active.at(i));
}
