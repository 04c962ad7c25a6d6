// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/model.h"

#include <QAbstractTableModel>

namespace sportello::ui {

// The change history of one catalogue entry: when, who, what, which field, before and after.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { When, Who, Action, Field, Before, After, ColumnCount };

    explicit HistoryModel(QList<catalogue::ChangeRecord> records, QObject *parent = nullptr);
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    QList<catalogue::ChangeRecord> m_records;
};

} // namespace sportello::ui
