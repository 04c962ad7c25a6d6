// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/outbox.h"

#include <QAbstractTableModel>
#include <QList>

namespace sportello {
class Clock;
}

namespace sportello::ui {

// The outbox's items for the Sync page, one row each: its state in words, what it tells the hub,
// when it was made, the tries, the last problem in plain words and when it is tried next. What
// needs a person comes first (refused, then waiting), the newest first within each.
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxModel)

public:
    enum Column { State, Event, Created, Attempts, Problem, NextAttempt, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        StateCodeRole, // QUEUED, FAILED… (sync::outboxStates())
    };

    explicit OutboxModel(const Clock &clock, QObject *parent = nullptr);

    void setItems(QList<sync::OutboxItem> items);
    [[nodiscard]] const sync::OutboxItem *itemAt(int row) const;
    // The row of the item `id`, -1 when it is not listed.
    [[nodiscard]] int rowOf(qint64 id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    [[nodiscard]] QString text(const sync::OutboxItem &item, int column) const;

    const Clock &m_clock;
    QList<sync::OutboxItem> m_items;
};

} // namespace sportello::ui
