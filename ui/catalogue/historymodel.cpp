// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sportello::ui {

HistoryModel::HistoryModel(QList<catalogue::ChangeRecord> records, QObject *parent)
    : QAbstractTableModel(parent)
    , m_records(std::move(records))
{
    // Newest first: what changed last is what the coordinator asks about.
    std::reverse(m_records.begin(), m_records.end());
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const catalogue::ChangeRecord &r = m_records.at(index.row());
    switch (index.column()) {
    case When:
        return QLocale().toString(r.changedAt.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return r.changedBy;
    case Action:
        if (r.action == u"create"_s)
            return tr("created");
        if (r.action == u"update"_s)
            return tr("changed");
        return r.action;
    case Field:
        return r.field;
    case Before:
        return role == Qt::DisplayRole ? r.oldValue.left(120) : r.oldValue;
    case After:
        return role == Qt::DisplayRole ? r.newValue.left(120) : r.newValue;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("What");
    case Field:
        return tr("Field");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    default:
        return {};
    }
}

} // namespace sportello::ui
