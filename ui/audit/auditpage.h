// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/auditmodel.h"
#include "security/permissions.h"

#include <QList>
#include <QWidget>

#include <utility>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace sportello::services {
class AuditService;
}

namespace sportello::ui {

// The coordinator's view of the audit log: filters by period, operator and action, the matching
// rows newest first, and a check of the hash chain on demand. The audit service checks the
// operator's permission at each read.
class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    // `operators` feeds the operator filter (id, name); `resolveName` names the operator of
    // each row (falls back to `operators` when empty).
    AuditPage(services::AuditService &audit, security::Actor actor,
              QList<std::pair<qint64, QString>> operators, AuditModel::NameResolver resolveName,
              QWidget *parent = nullptr);

    [[nodiscard]] AuditModel *model() { return &m_model; }
    // The filters as they are set now.
    [[nodiscard]] audit::AuditFilter filter() const;

public Q_SLOTS:
    // Reads the rows matching the filters again.
    void reload();
    // Checks the whole chain and shows the result.
    void verifyChain();

private:
    services::AuditService &m_audit;
    security::Actor m_actor;
    AuditModel m_model;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_operator = nullptr;
    QComboBox *m_action = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_verification = nullptr;
    QLabel *m_loadError = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace sportello::ui
