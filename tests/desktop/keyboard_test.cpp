// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard alone (issue 18, point 6): a coordinator reaches the navigation by Tab, opens
// the reports by typing the page's name, shows the desk's report and exports it, without the
// mouse. (Log in and a new session by keyboard: counterworkflow_test.)
#include "desktopfixture.h"
#include "reports/reportpage.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    REQUIRE(target != nullptr);
    QTest::keyClick(target, key, modifiers);
}

} // namespace

TEST_CASE("a coordinator shows and exports the desk report with the keyboard alone",
          "[desktop][keyboard]")
{
    test::Desktop d;
    d.window().activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&d.window()));
    auto *navigation = d.window().findChild<QListWidget *>(u"navigation"_s);
    REQUIRE(navigation);
    // After login the focus is in the first page's first field (MainWindow::focusFirstField).
    REQUIRE(QApplication::focusWidget() != nullptr);

    // Tab until the list of pages has the focus: it is on the way, not out of reach.
    for (int presses = 0; presses < 100 && QApplication::focusWidget() != navigation; ++presses)
        press(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == navigation);
    // Typing a page's first letters goes to it.
    QTest::keyClicks(navigation, u"Rep"_s);
    REQUIRE(d.window().currentPageId() == u"reports"_s);
    auto *page = d.window().findChild<ui::ReportPage *>();
    REQUIRE(page);

    // Tab into the page, as a person goes on from the list.
    for (int presses = 0; presses < 10 && !page->isAncestorOf(QApplication::focusWidget());
         ++presses)
        press(Qt::Key_Tab);
    REQUIRE(page->isAncestorOf(QApplication::focusWidget()));

    // The page shows the last year when first opened; then the key asks for it again.
    auto *exportButton = page->findChild<QPushButton *>(u"reportExport"_s);
    REQUIRE(exportButton);
    REQUIRE(QTest::qWaitFor([exportButton] { return exportButton->isEnabled(); }, 30000));
    QSignalSpy shown(page, &ui::ReportPage::reportShown);
    press(Qt::Key_S, Qt::AltModifier); // &Show, clicked as a mnemonic clicks: shortly
    REQUIRE(shown.wait(30000));
    REQUIRE(QTest::qWaitFor([exportButton] { return exportButton->isEnabled(); }, 30000));

    test::TempDir out;
    const QString path = out.filePath(u"rapporto.csv"_s);
    d.prompter.savePaths = {path};
    press(Qt::Key_E, Qt::AltModifier); // &Export CSV…, clicked as a mnemonic clicks: shortly
    REQUIRE(QTest::qWaitFor([&path] { return QFile::exists(path); }, 10000));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.size() > 0);
    CHECK(d.prompter.warnings.isEmpty());
}
