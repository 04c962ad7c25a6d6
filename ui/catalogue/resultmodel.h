// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/eligibility.h"
#include "search/cataloguesearch.h"

#include <QAbstractListModel>
#include <QDate>

#include <memory>

namespace sportello::ui {

// The search results of the catalogue page: one row per service, best first, with its badges
// and, when person facts are given, its eligibility verdict and reasons.
class ResultModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultModel)

public:
    enum Role {
        ServiceIdRole = Qt::UserRole + 1,
        OrganizationRole,
        BadgesRole, // QStringList, translated
        BadgeKindsRole, // QList<int> of BadgeKind, parallel to BadgesRole
        VerdictRole, // int catalogue::Verdict, or -1 without facts
        ExplanationRole, // translated verdict and reasons
    };
    enum BadgeKind { BadgeWarning, BadgeClosed, BadgeInfo, BadgeGood };

    explicit ResultModel(QObject *parent = nullptr);

    void setResults(std::shared_ptr<const search::CatalogueIndex> index,
                    const search::Response &response, const catalogue::PersonFacts &facts,
                    const QDate &today);
    void clear();
    [[nodiscard]] qint64 serviceIdAt(int row) const;
    [[nodiscard]] int rowOfService(qint64 serviceId) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        qint64 serviceId = 0;
        QString name;
        QString organization;
        QStringList badges;
        QList<int> badgeKinds;
        int verdict = -1;
        QString explanation;
    };
    QList<Row> m_rows;
};

} // namespace sportello::ui
