// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue page driven like a volunteer at the counter would: type, filter, open, print.
#include "catalogue/cataloguepage.h"
#include "catalogue/facetbar.h"
#include "catalogue/resultmodel.h"
#include "catalogue/taxonomy.h"
#include "demo/demoprofile.h"
#include "handout/handoutdocument.h"
#include "memorysecretstore.h"
#include "scriptedprompter.h"
#include "services/catalogueservice.h"
#include "services/deskservices.h"
#include "services/searchcontroller.h"
#include "storage/cataloguerepository.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

// A demo profile with its search controller, as the desktop app wires them.
struct Fixture
{
    test::TempDir dir;
    test::FakeClock clock {QDateTime(QDate(2026, 11, 23), QTime(10, 0))}; // a Monday morning
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<services::DeskServices> services;
    services::CatalogueService *catalogue = nullptr;
    services::SearchController *controller = nullptr;
    test::ScriptedPrompter prompter;
    security::Actor coordinator {1, u"test"_s, u"Test"_s, security::Role::Coordinatore};

    Fixture()
    {
        auto opened = storage::Profile::open(dir.path(), sportello::test::secrets());
        REQUIRE(opened.ok());
        profile = std::move(opened).value();
        REQUIRE(demo::seedDemoProfile(*profile, clock).ok());
        services = std::make_unique<services::DeskServices>(profile->database(), clock);
        catalogue = &services->catalogue();
        // The set starts the search on first use and loads it on its thread.
        controller = &services->search();
        QSignalSpy ready(controller, &services::SearchController::indexReloaded);
        REQUIRE((controller->isReady() || ready.wait(20000)));
    }
};

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    // Lines wrap wherever the layout breaks them: compare with single spaces.
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

// Waits until the page has shown the results of the latest search.
void waitForResults(ui::CataloguePage &page)
{
    QSignalSpy shown(&page, &ui::CataloguePage::resultsShown);
    REQUIRE(shown.wait(10000));
    // Later keystrokes may still be in flight: drain them.
    while (shown.wait(300)) { }
}

} // namespace

TEST_CASE("the result model passes the model tester", "[ui][catalogue]")
{
    Fixture f;
    ui::ResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    search::CatalogueSearcher searcher(f.controller->index());
    search::Request request;
    request.text = u"bollette"_s;
    request.now = f.clock.now();
    model.setResults(f.controller->index(), searcher.search(request), {}, f.clock.today());
    CHECK(model.rowCount() > 0);
    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("a volunteer searches with an accent, filters, opens a service and prints the handout",
          "[ui][catalogue]")
{
    Fixture f;
    ui::CataloguePage page({*f.catalogue,
                            *f.controller,
                            f.clock,
                            f.prompter,
                            {u"Sportello di prova"_s, {u"Via Esempio 1, Pioltello"_s}},
                            f.coordinator});
    page.resize(1280, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.results(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    QLineEdit *field = page.searchField();
    field->setFocus();
    QTest::keyClicks(field, u"disabilit"_s);
    // QTest::keyClicks cannot type accented letters: send "à" as a key event with its text.
    QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, u"à"_s, Qt::NoModifier);
    CHECK(field->text() == u"disabilità"_s);
    waitForResults(page);
    const int found = page.results()->rowCount();
    REQUIRE(found > 0);

    // Facet: delivered in Pioltello only.
    auto *comune = page.findChild<QComboBox *>(u"facetComune"_s);
    REQUIRE(comune);
    const int pioltello = catalogue::termIndex(catalogue::Taxonomy::comuni(), u"015175"_s);
    comune->setCurrentIndex(comune->findData(pioltello));
    waitForResults(page);
    const int filtered = page.results()->rowCount();
    REQUIRE(filtered > 0);
    CHECK(filtered <= found);
    const auto index = f.controller->index();
    for (int row = 0; row < filtered; ++row) {
        const qint64 id = page.results()->serviceIdAt(row);
        CHECK((index->summary(static_cast<uint32_t>(index->docOf(id))).comuni & (1u << pioltello)));
    }
    CHECK(comune->itemText(comune->currentIndex()).contains(u'('));

    // Keyboard: ↓ from the search field selects the first result and shows its detail.
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Down);
    const QList<qint64> selected = page.selectedServiceIds();
    REQUIRE(selected.size() == 1);
    auto *detail = page.findChild<QTextBrowser *>(u"serviceDetail"_s);
    REQUIRE(detail);
    const auto service = f.catalogue->service(selected.first());
    REQUIRE(service.ok());
    CHECK(detail->toPlainText().contains(service->name));
    if (const QString keep = qEnvironmentVariable("SPORTELLO_TEST_KEEP"); !keep.isEmpty())
        page.grab().save(QDir(keep).filePath(u"catalogue-page.png"_s));

    // The handout, in Italian, read back from the PDF with its accents intact.
    const auto handout = page.handoutFor(selected, u"it"_s);
    REQUIRE(handout.has_value());
    const QString pdf = f.dir.filePath(u"scheda.pdf"_s);
    REQUIRE(ui::HandoutDocument::writePdf(*handout, pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(service->name));
    CHECK(text.contains(u"Informazioni per lei"_s));
    CHECK(text.contains(u"Sportello di prova"_s));
    if (!service->documents.isEmpty())
        CHECK(text.contains(u"Documenti da portare"_s));
    CHECK(text.contains(u"Dati dimostrativi"_s));
    if (const QString keep = qEnvironmentVariable("SPORTELLO_TEST_KEEP"); !keep.isEmpty())
        QFile::copy(pdf, QDir(keep).filePath(u"handout-it.pdf"_s));
}

TEST_CASE("the handout in Arabic is right to left, keeps Italian names and hides shelters",
          "[ui][catalogue]")
{
    Fixture f;
    ui::CataloguePage page(
        {*f.catalogue, *f.controller, f.clock, f.prompter, {u"Sportello"_s, {}}, f.coordinator});
    // A service at a confidential location: its address must appear nowhere.
    auto locations = f.catalogue->locations();
    REQUIRE(locations.ok());
    QString secretStreet;
    QString secretUid;
    for (const auto &location : *locations) {
        if (location.confidential && !location.street.isEmpty()) {
            secretStreet = location.street;
            secretUid = location.uid;
        }
    }
    REQUIRE_FALSE(secretStreet.isEmpty());
    // Every service, also those the list would not offer: read straight from storage.
    auto services = storage::CatalogueRepository(f.profile->database(), f.clock).services();
    REQUIRE(services.ok());
    qint64 shelter = 0;
    qint64 adi = 0;
    for (const auto &service : *services) {
        for (const auto &place : service.locations)
            shelter = place.locationUid == secretUid ? service.id : shelter;
        if (service.name.startsWith(u"Assegno di Inclusione"_s))
            adi = service.id;
    }
    REQUIRE(shelter != 0);
    REQUIRE(adi != 0);

    const auto handout = page.handoutFor({adi, shelter}, u"ar"_s);
    REQUIRE(handout.has_value());
    CHECK(handout->labels.isRightToLeft());
    const QString pdf = f.dir.filePath(u"scheda-ar.pdf"_s);
    REQUIRE(ui::HandoutDocument::writePdf(*handout, pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"Assegno di Inclusione"_s));
    CHECK_FALSE(text.contains(secretStreet));
    CHECK_FALSE(ui::HandoutDocument::html(*handout).contains(secretStreet));
    CHECK(ui::HandoutDocument::html(*handout).contains(u"dir=\"rtl\""_s));
    if (const QString keep = qEnvironmentVariable("SPORTELLO_TEST_KEEP"); !keep.isEmpty())
        QFile::copy(pdf, QDir(keep).filePath(u"handout-ar.pdf"_s));
}
