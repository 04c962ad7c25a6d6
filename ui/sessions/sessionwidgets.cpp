// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionwidgets.h"

#include "text/peopletext.h"

#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QListWidget>
#include <QPushButton>

namespace sportello::ui {

namespace {

class GroupEntry final : public QObject
{
public:
    GroupEntry(std::function<QWidget *()> entry, QGroupBox *group)
        : QObject(group)
        , m_entry(std::move(entry))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Shortcut) {
            if (QWidget *entry = m_entry(); entry && entry->isEnabled() && entry->isVisible()) {
                entry->setFocus(Qt::ShortcutFocusReason);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<QWidget *()> m_entry;
};

} // namespace

void setGroupEntry(QGroupBox *group, std::function<QWidget *()> entry)
{
    group->installEventFilter(new GroupEntry(std::move(entry), group));
}

void fillVocabularyCombo(QComboBox *combo, const QList<people::Term> &terms,
                         const QString &selected)
{
    combo->clear();
    for (const people::Term &term : terms) {
        const QString code = QString::fromLatin1(term.code);
        combo->addItem(text::PeopleText::term(terms, code), code);
    }
    selectCode(combo, selected);
}

void selectCode(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString currentCode(const QComboBox *combo)
{
    return combo->currentData().toString();
}

void addCheckableItem(QListWidget *list, const QString &text, const QString &code, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(kCodeRole, code);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QStringList checkedCodes(const QListWidget *list)
{
    QStringList codes;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->checkState() == Qt::Checked)
            codes.append(item->data(kCodeRole).toString());
    }
    return codes;
}

void setCheckedCodes(QListWidget *list, const QStringList &codes)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        item->setCheckState(codes.contains(item->data(kCodeRole).toString()) ? Qt::Checked
                                                                             : Qt::Unchecked);
    }
}

QPushButton *makeButton(const QString &text, const QString &objectName,
                        const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    return button;
}

} // namespace sportello::ui
