// SPDX-License-Identifier: GPL-3.0-or-later
// The accessibility walk (issue 18, point 6): the widgets a person reaches by Tab that a screen
// reader could only call by their kind, for want of an accessible name.
#pragma once

#include "desktopfixture.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QDialog>
#include <QScrollBar>
#include <QStringList>
#include <QTabWidget>
#include <QWidget>

namespace sportello::test {

// The widgets of `root` shown now that take the focus by Tab and have no accessible name,
// each as "where: ClassName objectName".
inline QStringList unnamedWidgets(const QWidget &root, const QString &where)
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
            found.append(QStringLiteral("%1: %2 %3")
                             .arg(where, QString::fromLatin1(widget->metaObject()->className()),
                                  widget->objectName()));
    }
    return found;
}

// `root` and each tab of each of its tab widgets, as they are shown in turn.
inline QStringList unnamedInEveryTab(QWidget &root, const QString &where)
{
    QStringList found = unnamedWidgets(root, where);
    for (QTabWidget *tabs : root.findChildren<QTabWidget *>()) {
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            Desktop::settle();
            found += unnamedWidgets(*tabs->widget(tab),
                                    where + QStringLiteral("/") + tabs->tabText(tab));
        }
    }
    return found;
}

// Walks dialogs one after the other, keeping their titles and what they lacked.
struct DialogWalk
{
    QStringList problems;
    QStringList walked;

    // The dialog shown, walked and hidden again.
    void operator()(QDialog &dialog)
    {
        dialog.show();
        Desktop::settle();
        walked.append(dialog.windowTitle());
        problems += unnamedInEveryTab(dialog, dialog.windowTitle());
        dialog.hide();
    }
    // For the prompter's script: a dialog a page runs is walked, then cancelled.
    ScriptedPrompter::DialogHandler handler()
    {
        return [this](QDialog &dialog) {
            (*this)(dialog);
            return int(QDialog::Rejected);
        };
    }
};

} // namespace sportello::test
