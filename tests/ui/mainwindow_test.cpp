// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello::ui;

namespace {
ProfileSummary demoSummary()
{
    return ProfileSummary {u"/tmp/profile"_s, u"/tmp/profile/sportello.db"_s, 1, true};
}
} // namespace

TEST_CASE("the main window builds offscreen with its navigation", "[ui][shell]")
{
    MainWindow window(demoSummary());
    window.addPage(u"home"_s, u"Home"_s, {}, new QLabel(u"home page"_s));
    auto *second = new QLabel(u"second page"_s);
    window.addPage(u"second"_s, u"Second"_s, {}, second);
    window.resize(1280, 800);
    window.show();

    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
    REQUIRE(navigation);
    REQUIRE(pages);
    CHECK(navigation->count() == 2);
    CHECK(window.pageIds() == QStringList {u"home"_s, u"second"_s});
    CHECK(window.currentPageId() == u"home"_s);
    CHECK(pages->currentWidget()->objectName() == u"homePage"_s);

    navigation->setCurrentRow(1);
    CHECK(window.currentPageId() == u"second"_s);
    CHECK(pages->currentWidget() == second);

    window.showPage(u"home"_s);
    CHECK(pages->currentIndex() == 0);
}

TEST_CASE("a demo profile is announced in the status bar", "[ui][shell]")
{
    MainWindow window(demoSummary());
    auto *status = window.statusBar()->findChild<QLabel *>(u"profileStatus"_s);
    REQUIRE(status);
    CHECK(status->text().contains(u"Demo"_s));
}

TEST_CASE("the About dialog shows version, licence and data folder", "[ui][shell]")
{
    MainWindow window(demoSummary());
    window.show();
    // Not blocking: the dialog is there to inspect as soon as it opens.
    QPointer<QDialog> dialog = window.showAbout();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->findChild<QLabel *>(u"versionValue"_s)->text() == u"" SPORTELLO_VERSION ""_s);
    CHECK(dialog->findChild<QLabel *>(u"licenceValue"_s)->text().contains(u"GNU"_s));
    CHECK(dialog->findChild<QLabel *>(u"dataDirValue"_s)->text().contains(u"profile"_s));
    dialog->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(dialog.isNull()); // it went when closed
}
