// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QLineEdit;
class QListView;
class QModelIndex;
class QStandardItemModel;

namespace sportello::ui {

// One line the type-ahead list offers: what to show and what to report when it is chosen.
struct TypeAheadItem
{
    QString id; // empty: a notice shown greyed, which choosing does nothing with
    QString text;
    QString toolTip;
};

// A line edit with its matches listed right under it while typing. The field keeps the focus:
// ↓/↑ move in the list, Enter chooses, Esc closes it, so choosing needs no mouse and no popup
// window. The matches come from a provider called on every edit.
class TypeAhead final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypeAhead)

public:
    using Provider = std::function<QList<TypeAheadItem>(const QString &text)>;

    explicit TypeAhead(QWidget *parent = nullptr);

    void setProvider(Provider provider);
    // How many matches are visible at once (the list scrolls beyond).
    void setVisibleRows(int rows);
    [[nodiscard]] QLineEdit *field() const { return m_field; }
    [[nodiscard]] QListView *matchList() const { return m_list; }
    // The id of the highlighted match, empty when the list is closed.
    [[nodiscard]] QString currentId() const;

    // Asks the provider again for the text in the field; with an empty field only when
    // `evenIfEmpty` (↓ in the empty field opens the list).
    void refresh(bool evenIfEmpty = false);
    void hideMatches();

    // Text as matching compares it: lowercase, accents removed ("Città" → "citta").
    [[nodiscard]] static QString fold(const QString &text);
    // Whether every word of `query` occurs in `haystack` (both already folded).
    [[nodiscard]] static bool containsWords(const QString &haystack, const QStringList &words);

Q_SIGNALS:
    void chosen(const QString &id);
    // Backspace in the empty field (the need picker removes the last need).
    void backspaceOnEmpty();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(const QModelIndex &index);
    void moveCurrent(int delta);

    QLineEdit *m_field = nullptr;
    QListView *m_list = nullptr;
    QStandardItemModel *m_model = nullptr;
    Provider m_provider;
    int m_visibleRows = 6;
};

} // namespace sportello::ui
