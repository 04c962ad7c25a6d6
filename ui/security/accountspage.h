// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/account.h"
#include "security/permissions.h"
#include "support/result.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QPushButton;
class QTableView;

namespace sportello::services {
class AccountService;
class ChangeNotifier;
class DeskSettings;
} // namespace sportello::services

namespace sportello::ui {

class Prompter;

// The desk's operator accounts: name, username, role, active, failed logins.
class AccountModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountModel)

public:
    enum Column { Name, Username, Role, Active, Failures, ColumnCount };
    explicit AccountModel(QObject *parent = nullptr);
    void setAccounts(QList<security::Account> accounts);
    [[nodiscard]] const security::Account *accountAt(int row) const;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    QList<security::Account> m_accounts;
};

// Coordinators create, deactivate and reset the accounts of the desk's operators and set the
// screen-lock delay and the retention period. The list follows the accounts service's change
// notifications.
class AccountsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsPage)

public:
    struct Context
    {
        services::AccountService &accounts;
        services::DeskSettings &settings; // the screen-lock delay, the retention period
        services::ChangeNotifier &changes;
        Prompter &prompter;
        security::Actor actor; // a coordinator
    };

    explicit AccountsPage(Context context, QWidget *parent = nullptr);
    bool setIdleMinutes(int minutes);
    // How long people's records are kept after their last contact; false with a warning when
    // refused or out of bounds.
    bool setRetentionMonths(int months);
    // Adds a button to the row of desk settings (e.g. the privacy notice), wired by the app.
    QPushButton *addDeskAction(const QString &text, const std::function<void()> &action);

    [[nodiscard]] AccountModel *model() const { return m_model; }
    void refresh();
    // The actions behind the buttons; false with a warning shown when refused.
    bool create(const QString &username, const QString &displayName, security::Role role,
                const QString &password);
    bool deactivate(qint64 operatorId);
    bool resetPassword(qint64 operatorId, const QString &temporaryPassword);
    bool reactivate(qint64 operatorId, const QString &temporaryPassword);
    // A new recovery key (lost or suspected) and a new master key; shows the new key.
    bool replaceRecoveryKey();

private:
    void newAccount();
    void showRecoveryKey(const QString &key);
    [[nodiscard]] qint64 selectedId() const;

    Context m_context;
    AccountModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QHBoxLayout *m_deskRow = nullptr;
};

} // namespace sportello::ui
