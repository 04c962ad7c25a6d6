// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditmodel.h"

#include "text/audittext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sportello::ui {

AuditModel::AuditModel(NameResolver resolveName, QObject *parent)
    : QAbstractTableModel(parent)
    , m_resolveName(std::move(resolveName))
{ }

void AuditModel::setEntries(QList<audit::AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::operatorName(qint64 operatorId) const
{
    if (operatorId == 0)
        return tr("System");
    const QString name = m_resolveName ? m_resolveName(operatorId) : QString();
    // An operator the caller does not know (e.g. a removed account) still shows who it was.
    return name.isEmpty() ? tr("Operator #%1").arg(operatorId) : name;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const audit::AuditEntry &e = m_entries.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When: {
        if (role == Qt::ToolTipRole)
            return e.at.toUTC().toString(Qt::ISODateWithMs);
        const QDateTime local = e.at.toLocalTime();
        // Seconds matter in an audit trail; the locale's short format drops them.
        return QString(QLocale().toString(local.date(), QLocale::ShortFormat) + u' '
                       + local.time().toString(u"HH:mm:ss"_s));
    }
    case Who:
        return operatorName(e.operatorId);
    case Action:
        return role == Qt::ToolTipRole ? e.action : text::AuditText::action(e.action);
    case Entity: {
        // The stored codes in the tooltip, as for the action and the outcome.
        const QString type
            = role == Qt::ToolTipRole ? e.entityType : text::AuditText::entity(e.entityType);
        if (e.entityId.isEmpty())
            return type;
        return QString(type + u' ' + e.entityId);
    }
    case Outcome:
        return role == Qt::ToolTipRole ? e.outcome : text::AuditText::outcome(e.outcome);
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Operator");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Record");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace sportello::ui
