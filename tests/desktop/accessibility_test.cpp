// SPDX-License-Identifier: GPL-3.0-or-later
// Accessibility of the desktop app (issue 18, point 6): a walk over every page a coordinator
// has, and every tab of each, through QAccessible — no widget that takes the keyboard focus
// may be without an accessible name, or a screen reader would say only its kind.
#include "catalogue/cataloguepage.h"
#include "catalogue/coordinatorbar.h"
#include "desktopfixture.h"
#include "sync/syncpage.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QDialog>
#include <QScrollBar>
#include <QTabWidget>
#include <QWidget>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

// The widgets of `root` shown now that take the focus by Tab and have no accessible name.
QStringList unnamed(const QWidget &root, const QString &where)
{
    QStringList found;
    for (QWidget *widget : root.findChildren<QWidget *>()) {
        // A spin box's line edit is its inner part: the spin box is what is named.
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus)
            || qobject_cast<QScrollBar *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            found.append(u"%1: %2 %3"_s.arg(where,
                                            QString::fromLatin1(widget->metaObject()->className()),
                                            widget->objectName()));
    }
    return found;
}

} // namespace

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
        problems += unnamed(*page, id);
        for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                test::Desktop::settle();
                problems += unnamed(*tabs->widget(tab), id + u"/"_s + tabs->tabText(tab));
            }
        }
    }
    problems.removeDuplicates();
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("every focusable widget of the desk's dialogs has an accessible name",
          "[desktop][accessibility]")
{
    test::Desktop d;
    QStringList problems;
    QStringList walked;
    // Each dialog the pages run is shown, walked and closed.
    const auto walk = [&problems, &walked](QDialog &dialog) {
        dialog.show();
        test::Desktop::settle();
        walked.append(dialog.windowTitle());
        problems += unnamed(dialog, dialog.windowTitle());
        for (QTabWidget *tabs : dialog.findChildren<QTabWidget *>()) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                test::Desktop::settle();
                problems += unnamed(*tabs->widget(tab),
                                    dialog.windowTitle() + u"/"_s + tabs->tabText(tab));
            }
        }
        return int(QDialog::Rejected);
    };
    d.prompter.dialogs = {walk, walk};
    d.page<ui::CataloguePage>(u"catalogue"_s)->coordinatorBar()->newService();
    CHECK_FALSE(d.page<ui::SyncPage>(u"sync"_s)->connectToNetwork());
    REQUIRE(walked.size() == 2);
    problems.removeDuplicates();
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}
