// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultmodel.h"

#include "text/cataloguetext.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using namespace sportello::catalogue;

namespace sportello::ui {

ResultModel::ResultModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ResultModel::setResults(std::shared_ptr<const search::CatalogueIndex> index,
                             const search::Response &response, const PersonFacts &facts,
                             const QDate &today)
{
    beginResetModel();
    m_rows.clear();
    if (index) {
        const QLocale locale;
        for (const search::Hit &hit : response.hits) {
            const ServiceSummary &s = index->summary(hit.doc);
            Row row;
            row.serviceId = s.id;
            row.name = s.name;
            row.organization = s.organizationName;
            auto badge = [&](const QString &text, BadgeKind kind) {
                row.badges.append(text);
                row.badgeKinds.append(kind);
            };
            if (s.status == ServiceStatus::TemporarilyClosed)
                badge(tr("Temporarily closed"), BadgeClosed);
            else if (s.status == ServiceStatus::Ended)
                badge(tr("Ended"), BadgeClosed);
            if (s.callWindow.isSet()) {
                if (s.callWindow.isOpenOn(today))
                    badge(s.callWindow.closes.isValid()
                              ? tr("Call open until %1")
                                    .arg(locale.toString(s.callWindow.closes, QLocale::ShortFormat))
                              : tr("Call open"),
                          BadgeGood);
                else if (s.callWindow.opens.isValid() && today < s.callWindow.opens)
                    badge(tr("Call opens %1")
                              .arg(locale.toString(s.callWindow.opens, QLocale::ShortFormat)),
                          BadgeInfo);
                else
                    badge(tr("Call closed"), BadgeClosed);
            }
            if (s.automatic)
                badge(tr("Automatic"), BadgeInfo);
            if (isStale(s.verifiedOn, today))
                badge(tr("Not verified for 12+ months"), BadgeWarning);
            if (!facts.isEmpty()) {
                const EligibilityResult result
                    = evaluateEligibility(s.rules, s.hasEligibilityText, facts);
                row.verdict = static_cast<int>(result.verdict);
                row.explanation = text::CatalogueText::explanation(result);
            }
            m_rows.append(row);
        }
    }
    endResetModel();
}

void ResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

qint64 ResultModel::serviceIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).serviceId : 0;
}

int ResultModel::rowOfService(qint64 serviceId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).serviceId == serviceId)
            return static_cast<int>(row);
    }
    return -1;
}

int ResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.name;
    case Qt::ToolTipRole:
        return row.explanation.isEmpty() ? row.organization : row.explanation;
    case Qt::AccessibleTextRole: {
        QStringList parts {row.name, row.organization};
        parts += row.badges;
        if (!row.explanation.isEmpty())
            parts.append(row.explanation);
        return parts.join(u". "_s);
    }
    case ServiceIdRole:
        return row.serviceId;
    case OrganizationRole:
        return row.organization;
    case BadgesRole:
        return row.badges;
    case BadgeKindsRole:
        return QVariant::fromValue(row.badgeKinds);
    case VerdictRole:
        return row.verdict;
    case ExplanationRole:
        return row.explanation;
    default:
        return {};
    }
}

QHash<int, QByteArray> ResultModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ServiceIdRole, "serviceId");
    names.insert(OrganizationRole, "organization");
    names.insert(BadgesRole, "badges");
    names.insert(BadgeKindsRole, "badgeKinds");
    names.insert(VerdictRole, "verdict");
    names.insert(ExplanationRole, "explanation");
    return names;
}

} // namespace sportello::ui
