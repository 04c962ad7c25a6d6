// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxmodel.h"

#include "support/clock.h"
#include "text/synctext.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sportello::ui {

using text::SyncText;
namespace itemstate = sync::outboxstate;

OutboxModel::OutboxModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{ }

namespace {

// What needs a person comes first: refused, then waiting or sending, then settled.
int rank(const sync::OutboxItem &item)
{
    if (item.state == QLatin1StringView(itemstate::kFailed))
        return 0;
    if (item.state == QLatin1StringView(itemstate::kQueued)
        || item.state == QLatin1StringView(itemstate::kSending))
        return 1;
    return 2;
}

} // namespace

void OutboxModel::setItems(QList<sync::OutboxItem> items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const sync::OutboxItem &a, const sync::OutboxItem &b) {
                         return rank(a) != rank(b) ? rank(a) < rank(b) : a.id > b.id;
                     });
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const sync::OutboxItem *OutboxModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int OutboxModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return int(row);
    }
    return -1;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::text(const sync::OutboxItem &item, int column) const
{
    const QDateTime now = m_clock.now();
    switch (column) {
    case State:
        return SyncText::state(item.state);
    case Event:
        return SyncText::eventType(item.eventType);
    case Created:
        return SyncText::when(item.createdAt, now);
    case Attempts:
        return QLocale().toString(item.attempts);
    case Problem:
        return item.lastError.isEmpty() ? QString() : SyncText::failure(item.lastError);
    case NextAttempt:
        // Only a waiting item has a next try; one without a date goes at the next round.
        if (item.state != QLatin1StringView(itemstate::kQueued))
            return {};
        if (!item.nextAttemptAt.isValid() || item.nextAttemptAt <= m_clock.nowUtc())
            return tr("next round");
        return SyncText::when(item.nextAttemptAt, now);
    default:
        return {};
    }
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sync::OutboxItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(item, index.column());
    case Qt::ToolTipRole:
        // The full problem, which the column may cut, and its code for whoever asks the hub.
        if (index.column() == Problem && !item.lastError.isEmpty())
            return u"%1 (%2)"_s.arg(SyncText::failure(item.lastError), item.lastError);
        return {};
    case Qt::FontRole:
        if (index.column() == State && item.state == QLatin1StringView(itemstate::kFailed)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Attempts)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemIdRole:
        return item.id;
    case StateCodeRole:
        return item.state;
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case State:
        return tr("State");
    case Event:
        return tr("Record");
    case Created:
        return tr("Created");
    case Attempts:
        return tr("Tries");
    case Problem:
        return tr("Last problem");
    case NextAttempt:
        return tr("Next try");
    default:
        return {};
    }
}

} // namespace sportello::ui
