// SPDX-License-Identifier: GPL-3.0-or-later
// Accessibility of the desktop app (issue 18, point 6): a walk over every page a coordinator
// has, and every tab of each, through QAccessible — no widget that takes the keyboard focus
// may be without an accessible name, or a screen reader would say only its kind.
#include "accessiblewalk.h"
#include "catalogue/cataloguepage.h"
#include "catalogue/coordinatorbar.h"
#include "sync/syncpage.h"

#include <QApplication>
#include <QDialog>
#include <QPalette>
#include <QRegularExpression>
#include <QTabWidget>
#include <QWidget>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

TEST_CASE("every focusable widget of every page and tab has an accessible name",
          "[desktop][accessibility]")
{
    test::Desktop d;
    QStringList problems;
    const QStringList pages = d.window().pageIds();
    REQUIRE(pages.size() >= 12);
    for (const QString &id : pages) {
        d.window().showPage(id);
        test::Desktop::settle();
        QWidget *page = d.window().findChild<QWidget *>(id + u"Page"_s);
        REQUIRE(page);
        problems += test::unnamedInEveryTab(*page, id);
    }
    problems.removeDuplicates();
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("every focusable widget of the desk's dialogs has an accessible name",
          "[desktop][accessibility]")
{
    test::Desktop d;
    // Each dialog the pages run is shown, walked and closed.
    test::DialogWalk walk;
    d.prompter.dialogs = {walk.handler(), walk.handler()};
    d.page<ui::CataloguePage>(u"catalogue"_s)->coordinatorBar()->newService();
    CHECK_FALSE(d.page<ui::SyncPage>(u"sync"_s)->connectToNetwork());
    REQUIRE(walk.walked.size() == 2);
    QStringList problems = walk.problems;
    problems.removeDuplicates();
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("on a high-contrast palette no page fixes a text colour of its own",
          "[desktop][accessibility]")
{
    // White on black with a yellow highlight, as a high-contrast theme gives the application.
    const QPalette saved = QApplication::palette();
    QPalette contrast;
    contrast.setColor(QPalette::Window, Qt::black);
    contrast.setColor(QPalette::Base, Qt::black);
    contrast.setColor(QPalette::WindowText, Qt::white);
    contrast.setColor(QPalette::Text, Qt::white);
    contrast.setColor(QPalette::ButtonText, Qt::white);
    contrast.setColor(QPalette::Button, Qt::black);
    contrast.setColor(QPalette::Highlight, Qt::yellow);
    contrast.setColor(QPalette::HighlightedText, Qt::black);
    QApplication::setPalette(contrast);
    {
        test::Desktop d;
        // A colour set in a style sheet without a background of its own would be dark red or
        // grey on black: unreadable. (A badge with its own background keeps its contrast.)
        static const QRegularExpression fixedColour(u"(^|[^-])color\\s*:\\s*(#|rgb)"_s);
        QStringList fixed;
        for (const QString &id : d.window().pageIds()) {
            d.window().showPage(id);
            test::Desktop::settle();
            QWidget *page = d.window().findChild<QWidget *>(id + u"Page"_s);
            REQUIRE(page);
            for (const QWidget *widget : page->findChildren<QWidget *>()) {
                const QString sheet = widget->styleSheet();
                if (sheet.contains(fixedColour) && !sheet.contains(u"background"_s))
                    fixed.append(u"%1: %2 %3"_s.arg(id, widget->objectName(), sheet));
            }
        }
        INFO(fixed.join(u'\n').toStdString());
        CHECK(fixed.isEmpty());
    }
    QApplication::setPalette(saved);
}
