// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/vocabulary.h"

#include <QDateTimeEdit>
#include <QStringList>

#include <functional>

class QComboBox;
class QGroupBox;
class QListWidget;
class QPushButton;

namespace sportello::ui {

// A date or date-and-time field where Tab leaves the field, as everywhere else in the form,
// instead of walking through day, month and year (←/→ still move between them).
class TabLeavingDateTimeEdit final : public QDateTimeEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TabLeavingDateTimeEdit)

public:
    using QDateTimeEdit::QDateTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

// The mnemonic of a group's title (Alt+N for "&Needs") goes to `entry()`, always: by default a
// group box returns to whichever child had the focus last, which in a long form is a surprise.
void setGroupEntry(QGroupBox *group, std::function<QWidget *()> entry);

// Vocabulary combos show translated labels and keep the codes as item data.
void fillVocabularyCombo(QComboBox *combo, const QList<people::Term> &terms,
                         const QString &selected);
void selectCode(QComboBox *combo, const QString &code);
[[nodiscard]] QString currentCode(const QComboBox *combo);

// Lists of checkable items with their codes (Space ticks the current item).
void addCheckableItem(QListWidget *list, const QString &text, const QString &code,
                      bool checked = false);
[[nodiscard]] QStringList checkedCodes(const QListWidget *list);
void setCheckedCodes(QListWidget *list, const QStringList &codes);

// A push button with the object name tests find it by and the name screen readers say.
[[nodiscard]] QPushButton *makeButton(const QString &text, const QString &objectName,
                                      const QString &accessibleName, QWidget *parent);

// Item role holding the code of list and combo items.
inline constexpr int kCodeRole = Qt::UserRole + 7;

} // namespace sportello::ui
