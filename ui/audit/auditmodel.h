// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/audit.h"

#include <QAbstractTableModel>

#include <functional>

namespace sportello::ui {

// Audit log rows for the coordinator: when (local time), who (by name), what, on which entity,
// with which outcome.
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)

public:
    enum Column { When, Who, Action, Entity, Outcome, ColumnCount };
    // The entry's id, for the row under the cursor.
    static constexpr int IdRole = Qt::UserRole;

    using NameResolver = std::function<QString(qint64 operatorId)>;

    explicit AuditModel(NameResolver resolveName, QObject *parent = nullptr);
    void setEntries(QList<audit::AuditEntry> entries);
    [[nodiscard]] const QList<audit::AuditEntry> &entries() const { return m_entries; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    [[nodiscard]] QString operatorName(qint64 operatorId) const;

    NameResolver m_resolveName;
    QList<audit::AuditEntry> m_entries;
};

} // namespace sportello::ui
