// SPDX-License-Identifier: GPL-3.0-or-later
// The report page, driven offscreen as a coordinator uses it: a month computed off the GUI
// thread, the figures, a table with its chart and the drill-down from a bar, the unmet needs,
// the export; a volunteer is refused.
#include "../core/services/reportfixture.h"
#include "italianinterface.h"
#include "reports/reportpage.h"
#include "reports/reportsection.h"
#include "scriptedprompter.h"
#include "services/reportrunner.h"

#include <QChartView>
#include <QDeadlineTimer>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

struct PageFixture
{
    test::ReportDesk desk;
    test::ScriptedPrompter prompter;
    std::unique_ptr<services::ReportRunner> runner;
    std::unique_ptr<ui::ReportPage> page;

    explicit PageFixture(bool asVolunteer = false)
    {
        desk.session(desk.segrate, {2026, 2, 10}, u"ORIENT"_s, u"PRES"_s, {u"CAS.SFRATTO"_s});
        desk.session(desk.segrate, {2026, 3, 5}, u"ORIENT"_s, u"TEL"_s, {u"POV.INSUF"_s},
                     {u"svc-adi"_s});
        desk.session(desk.pioltello, {2026, 3, 12}, u"ASCOLTO"_s, u"PRES"_s, {u"OCC.DISOCC"_s}, {},
                     {u"NON_COMP"_s});
        desk.session(0, {2026, 3, 20}, u"ACCOGL"_s, u"PRES"_s, {u"POV"_s});
        desk.clock.set(QDateTime(QDate(2026, 4, 10), QTime(9, 0)));
        runner = std::make_unique<services::ReportRunner>(desk.services->context());
        page = std::make_unique<ui::ReportPage>(ui::ReportPage::Context {
            *runner, desk.clock, prompter, asVolunteer ? desk.volunteer : desk.lead,
            u"Centro di Ascolto"_s, desk.services->settings()});
        page->resize(1200, 800);
    }
    ~PageFixture()
    {
        page.reset();
        runner.reset();
    }

    // Exports the shown report as CSV to `path`, as the person would choose it; its bytes.
    QByteArray exportCsv(const QString &path)
    {
        prompter.savePaths = {path};
        REQUIRE(page->exportCsv());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    // Computes March 2026 and waits for the page to show it (or say why not).
    bool computeMarch()
    {
        page->setPeriod(ui::ReportPage::Span::Month, QDate(2026, 3, 17));
        QSignalSpy shown(page.get(), &ui::ReportPage::reportShown);
        QSignalSpy failed(page.get(), &ui::ReportPage::reportFailed);
        REQUIRE(page->compute());
        QDeadlineTimer deadline(30000);
        while (shown.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
            QTest::qWait(10);
        REQUIRE(shown.size() + failed.size() == 1);
        return !shown.isEmpty();
    }
};

ui::ReportSection *section(ui::ReportPage &page, const QString &id)
{
    for (ui::ReportSection *s : page.sections()) {
        if (s->objectName() == u"section_"_s + id)
            return s;
    }
    return nullptr;
}

} // namespace

TEST_CASE("a coordinator sees the month's report, drills into a bar and exports it",
          "[ui][reports]")
{
    const test::ItalianInterface italian;
    PageFixture f;
    // Any day of March picks March; "to" follows.
    f.page->setPeriod(ui::ReportPage::Span::Month, QDate(2026, 3, 17));
    CHECK(f.page->period().from == QDate(2026, 3, 1));
    CHECK(f.page->period().to == QDate(2026, 3, 31));
    REQUIRE(f.computeMarch());
    const QString summary = f.page->summaryText();
    CHECK(summary.contains(u"Colloqui"_s));
    REQUIRE(f.page->report().has_value());
    CHECK(f.page->report()->sessions.current == 3);
    CHECK(f.page->report()->sessions.previous == 1);

    // Every table, in the report's order; exact counts on this screen.
    CHECK(f.page->sections().size() == qsizetype(f.page->report()->breakdowns.size()));
    ui::ReportSection *types = section(*f.page, u"sessions.type"_s);
    REQUIRE(types);
    QTableWidget *table = types->table();
    const auto rowOf = [table](const QString &code) {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 1)->text() == code)
                return r;
        }
        return -1;
    };
    const int orient = rowOf(u"ORIENT"_s);
    REQUIRE(orient >= 0);
    CHECK(table->item(orient, 0)->text() == u"Orientamento"_s);
    CHECK(table->item(orient, 2)->text() == u"1"_s);
    CHECK(table->item(table->rowCount() - 1, 0)->text() == u"Totale"_s);
    CHECK(table->item(table->rowCount() - 1, 2)->text() == u"3"_s);
    // The chart has a bar for each row that counted; a bar selects its row.
    REQUIRE(types->chart());
    types->selectBar(0);
    REQUIRE(table->selectedItems().size() > 0);
    CHECK(table->selectedItems().first()->row() == rowOf(u"ACCOGL"_s)); // the first such row
    // A table with nothing to draw has no chart.
    CHECK(section(*f.page, u"facilitation.kind"_s)->chart() == nullptr);

    // The unmet needs: Karim's session found no answer.
    QTableWidget *unmet = f.page->unmetTable();
    REQUIRE(unmet->rowCount() == 1);
    CHECK(unmet->item(0, 1)->text() == u"OCC.DISOCC"_s);
    CHECK(unmet->item(0, 2)->text() == u"Pioltello"_s);

    // Exported: the CSV that may leave the desk, its small counts hidden.
    test::TempDir dir;
    const QByteArray csv = f.exportCsv(dir.filePath(u"marzo.csv"_s));
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("Orientamento;ORIENT;*;*"));
    CHECK_FALSE(csv.contains(";1;"));
    // And as a PDF/A document.
    const QString pdf = dir.filePath(u"marzo.pdf"_s);
    f.prompter.savePaths = {pdf};
    REQUIRE(f.page->exportPdf());
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.contains("pdfaid:part=\"1\""));
}

TEST_CASE("the coordinator sets the exports' threshold on the page, and the exports follow it",
          "[ui][reports]")
{
    PageFixture f;
    REQUIRE(f.computeMarch());
    // Refused below 3, and the spin box goes back to the value in force.
    CHECK_FALSE(f.page->setThreshold(2));
    REQUIRE(f.prompter.warnings.size() == 1);
    auto *spin = f.page->findChild<QSpinBox *>(u"reportThreshold"_s);
    REQUIRE(spin);
    CHECK(spin->value() == 5);

    REQUIRE(f.page->setThreshold(10));
    CHECK(f.desk.services->settings().reportThreshold() == 10);
    CHECK(f.page->findChild<QPushButton *>(u"reportExport"_s)->toolTip().contains(u"9"_s));
    test::TempDir dir;
    const QByteArray csv = f.exportCsv(dir.filePath(u"marzo.csv"_s));
    // The note says up to 9 are hidden; no count from 1 to 9 is written.
    CHECK(csv.contains(" 9"));
    for (int small = 1; small <= 9; ++small) {
        const QByteArray cell = ';' + QByteArray::number(small);
        CHECK_FALSE(csv.contains(QByteArray(cell + ';')));
        CHECK_FALSE(csv.contains(QByteArray(cell + "\r\n")));
    }
}

TEST_CASE("a volunteer is refused the report, and the page says so", "[ui][reports]")
{
    PageFixture f(true);
    CHECK_FALSE(f.computeMarch());
    REQUIRE(f.prompter.warnings.size() == 1);
    CHECK_FALSE(f.page->report().has_value());
}
