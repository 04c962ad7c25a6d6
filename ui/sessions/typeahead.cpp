// SPDX-License-Identifier: GPL-3.0-or-later
#include "typeahead.h"

#include <QFocusEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

TypeAhead::TypeAhead(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_field = new QLineEdit(this);
    m_field->setClearButtonEnabled(true);
    m_model = new QStandardItemModel(this);
    m_list = new QListView(this);
    m_list->setModel(m_model);
    // The field keeps the focus; the list only shows where ↓/↑ are.
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(true);
    m_list->setVisible(false);
    layout->addWidget(m_field);
    layout->addWidget(m_list);
    setFocusProxy(m_field);

    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textEdited, this, [this] { refresh(); });
    connect(m_list, &QListView::clicked, this, &TypeAhead::choose);
}

void TypeAhead::setProvider(Provider provider)
{
    m_provider = std::move(provider);
}

void TypeAhead::setVisibleRows(int rows)
{
    m_visibleRows = std::max(1, rows);
}

QString TypeAhead::currentId() const
{
    if (!m_list->isVisible())
        return {};
    return m_list->currentIndex().data(kIdRole).toString();
}

void TypeAhead::refresh(bool evenIfEmpty)
{
    m_model->clear();
    const QString text = m_field->text();
    if (!m_provider || (text.trimmed().isEmpty() && !evenIfEmpty)) {
        hideMatches();
        return;
    }
    const QList<TypeAheadItem> items = m_provider(text);
    for (const TypeAheadItem &entry : items) {
        auto *item = new QStandardItem(entry.text);
        item->setData(entry.id, kIdRole);
        item->setToolTip(entry.toolTip);
        item->setEditable(false);
        if (entry.id.isEmpty()) // a notice, not a choice
            item->setEnabled(false);
        m_model->appendRow(item);
    }
    if (items.isEmpty()) {
        hideMatches();
        return;
    }
    m_list->setCurrentIndex(m_model->index(0, 0));
    const int rows = std::min<int>(m_visibleRows, m_model->rowCount());
    const int hinted = m_list->sizeHintForRow(0);
    const int rowHeight = hinted > 0 ? hinted : fontMetrics().height() + 6;
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);
    m_list->setVisible(true);
}

void TypeAhead::hideMatches()
{
    m_list->setVisible(false);
}

void TypeAhead::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString id = index.data(kIdRole).toString();
    hideMatches();
    Q_EMIT chosen(id);
}

void TypeAhead::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_list->currentIndex().row() + delta, 0, rows - 1);
    m_list->setCurrentIndex(m_model->index(row, 0));
}

bool TypeAhead::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::FocusOut) {
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason)
            hideMatches();
    } else if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool open = m_list->isVisible();
        switch (key->key()) {
        case Qt::Key_Down:
            if (!open)
                refresh(true);
            else
                moveCurrent(1);
            return true;
        case Qt::Key_Up:
            if (open)
                moveCurrent(-1);
            return open;
        case Qt::Key_PageDown:
            if (open)
                moveCurrent(m_visibleRows);
            return open;
        case Qt::Key_PageUp:
            if (open)
                moveCurrent(-m_visibleRows);
            return open;
        case Qt::Key_Enter:
        case Qt::Key_Return:
            if (open) {
                choose(m_list->currentIndex());
                return true;
            }
            return false;
        case Qt::Key_Escape:
            if (open) {
                hideMatches();
                return true;
            }
            return false;
        case Qt::Key_Backspace:
            if (m_field->text().isEmpty()) {
                Q_EMIT backspaceOnEmpty();
                return true;
            }
            return false;
        default:
            return false;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString TypeAhead::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

bool TypeAhead::containsWords(const QString &haystack, const QStringList &words)
{
    return std::all_of(words.cbegin(), words.cend(),
                       [&haystack](const QString &word) { return haystack.contains(word); });
}

} // namespace sportello::ui
