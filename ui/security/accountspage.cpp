// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountspage.h"

#include "deferredrefresh.h"
#include "prompter.h"
#include "recoverykeysheet.h"
#include "services/accountservice.h"
#include "services/changenotifier.h"
#include "services/desksettings.h"
#include "text/errortext.h"
#include "text/securitytext.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sportello::security;

namespace sportello::ui {

AccountModel::AccountModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AccountModel::setAccounts(QList<security::Account> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

const security::Account *AccountModel::accountAt(int row) const
{
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

int AccountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int AccountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    const security::Account &a = m_accounts.at(index.row());
    switch (index.column()) {
    case Name:
        return a.displayName;
    case Username:
        return a.username;
    case Role:
        return text::SecurityText::role(a.role);
    case Active:
        if (!a.active)
            return tr("deactivated");
        return a.needsNewPassword ? tr("active, needs a new password") : tr("active");
    case Failures:
        return a.failedLogins;
    default:
        return {};
    }
}

QVariant AccountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Username:
        return tr("Username");
    case Role:
        return tr("Role");
    case Active:
        return tr("State");
    case Failures:
        return tr("Failed logins");
    default:
        return {};
    }
}

AccountsPage::AccountsPage(Context context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(
        new QLabel(tr("Operators of this desk. Only coordinators see this page."), this));
    m_model = new AccountModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"accountsView"_s);
    m_view->setAccessibleName(tr("Accounts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    auto *create = new QPushButton(tr("&New account…"), this);
    create->setObjectName(u"accountNew"_s);
    auto *deactivateButton = new QPushButton(tr("&Deactivate"), this);
    deactivateButton->setObjectName(u"accountDeactivate"_s);
    auto *reset = new QPushButton(tr("&Reset password…"), this);
    reset->setObjectName(u"accountReset"_s);
    buttons->addWidget(create);
    buttons->addWidget(deactivateButton);
    buttons->addWidget(reset);
    buttons->addStretch(1);
    auto *replaceKey = new QPushButton(tr("Replace the recovery &key…"), this);
    replaceKey->setObjectName(u"replaceRecoveryKey"_s);
    buttons->addWidget(replaceKey);
    layout->addLayout(buttons);

    auto *lockRow = new QHBoxLayout;
    auto *idle = new QSpinBox(this);
    idle->setObjectName(u"idleMinutes"_s);
    idle->setRange(1, services::DeskSettings::kMaximumIdleLockMinutes);
    idle->setValue(m_context.settings.idleLockMinutes());
    idle->setSuffix(tr(" min"));
    auto *idleLabel = new QLabel(tr("Lock the screen after this &idle time:"), this);
    idleLabel->setBuddy(idle);
    idle->setAccessibleName(tr("Idle time before the screen locks"));
    auto *saveIdle = new QPushButton(tr("&Apply"), this);
    saveIdle->setObjectName(u"idleApply"_s);
    lockRow->addWidget(idleLabel);
    lockRow->addWidget(idle);
    lockRow->addWidget(saveIdle);
    lockRow->addStretch(1);
    layout->addLayout(lockRow);
    // How long people's records are kept after their last contact (decision 37).
    auto *retentionRow = new QHBoxLayout;
    auto *retention = new QSpinBox(this);
    retention->setObjectName(u"retentionMonths"_s);
    retention->setRange(services::DeskSettings::kMinimumRetentionMonths,
                        services::DeskSettings::kMaximumRetentionMonths);
    retention->setValue(m_context.settings.retentionMonths());
    retention->setSuffix(tr(" months"));
    auto *retentionLabel
        = new QLabel(tr("Remove people's records this &long after their last contact:"), this);
    retentionLabel->setBuddy(retention);
    retention->setAccessibleName(tr("Months a person's record is kept after the last contact"));
    retention->setToolTip(
        tr("Between %1 and %2 months. Records older than this are removed automatically at "
           "start-up and every day; sessions and referrals stay in the statistics without the "
           "person. The built-in privacy notice says 24 months: after a change, update the "
           "notice to match.")
            .arg(services::DeskSettings::kMinimumRetentionMonths)
            .arg(services::DeskSettings::kMaximumRetentionMonths));
    auto *saveRetention = new QPushButton(tr("A&pply"), this);
    saveRetention->setObjectName(u"retentionApply"_s);
    retentionRow->addWidget(retentionLabel);
    retentionRow->addWidget(retention);
    retentionRow->addWidget(saveRetention);
    retentionRow->addStretch(1);
    layout->addLayout(retentionRow);
    connect(saveRetention, &QPushButton::clicked, this,
            [this, retention] { setRetentionMonths(retention->value()); });
    m_deskRow = new QHBoxLayout;
    m_deskRow->addStretch(1);
    layout->addLayout(m_deskRow);
    connect(saveIdle, &QPushButton::clicked, this, [this, idle] { setIdleMinutes(idle->value()); });

    connect(create, &QPushButton::clicked, this, &AccountsPage::newAccount);
    connect(replaceKey, &QPushButton::clicked, this, [this] {
        if (m_context.prompter.confirm(
                this, tr("Replace the recovery key"),
                tr("Replace the recovery key if it is lost or someone else may have seen it. "
                   "The old key stops working, every operator keeps their password, and the "
                   "new key is shown once to be printed and stored away. Replace it now?")))
            replaceRecoveryKey();
    });
    connect(deactivateButton, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        if (id
            && m_context.prompter.confirm(
                this, tr("Deactivate"),
                tr("Deactivate this account? Its owner will no longer be able "
                   "to log in.")))
            deactivate(id);
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        const auto *account = m_model->accountAt(m_view->currentIndex().row());
        if (!account)
            return;
        const qint64 id = account->id;
        const bool inactive = !account->active;
        const auto password = m_context.prompter.askPassword(
            this, inactive ? tr("Reactivate account") : tr("Reset password"),
            inactive ? tr("This account is deactivated. To bring it back, give it a temporary "
                          "password (the operator must change it at the next login):")
                     : tr("Temporary password (the operator must change it at the next login):"));
        if (password) {
            if (inactive)
                reactivate(id, *password);
            else
                resetPassword(id, *password);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, reset,
            [this, reset] {
                const auto *account = m_model->accountAt(m_view->currentIndex().row());
                reset->setText(account && !account->active ? tr("Rea&ctivate…")
                                                           : tr("&Reset password…"));
            });
    auto *changed = new DeferredRefresh([this] { refresh(); }, this);
    connect(&m_context.changes, &services::ChangeNotifier::accountsChanged, changed,
            &DeferredRefresh::schedule);
    refresh();
}

QPushButton *AccountsPage::addDeskAction(const QString &text, const std::function<void()> &action)
{
    auto *button = new QPushButton(text, this);
    button->setAccessibleName(QString(text).remove(u'&'));
    m_deskRow->insertWidget(m_deskRow->count() - 1, button);
    connect(button, &QPushButton::clicked, this, action);
    return button;
}

qint64 AccountsPage::selectedId() const
{
    const auto *account = m_model->accountAt(m_view->currentIndex().row());
    return account ? account->id : 0;
}

void AccountsPage::refresh()
{
    auto accounts = m_context.accounts.accounts(m_context.actor);
    if (!accounts) {
        m_context.prompter.warn(this, tr("Accounts"), text::ErrorText::message(accounts.error()));
        return;
    }
    m_model->setAccounts(*accounts);
    // "volunteer operator", "active, needs a new password": whole, not elided.
    m_view->resizeColumnsToContents();
}

bool AccountsPage::create(const QString &username, const QString &displayName, Role role,
                          const QString &password)
{
    auto created
        = m_context.accounts.createAccount(m_context.actor, username, displayName, role, password);
    if (!created) {
        m_context.prompter.warn(this, tr("New account"), text::ErrorText::message(created.error()));
        return false;
    }
    return true;
}

bool AccountsPage::deactivate(qint64 operatorId)
{
    auto newKey = m_context.accounts.deactivate(m_context.actor, operatorId);
    if (!newKey) {
        m_context.prompter.warn(this, tr("Deactivate"), text::ErrorText::message(newKey.error()));
        return false;
    }
    // An upgraded desk's first key rotation needed a new recovery key.
    if (!newKey->isEmpty())
        showRecoveryKey(*newKey);
    return true;
}

bool AccountsPage::replaceRecoveryKey()
{
    auto newKey = m_context.accounts.replaceRecoveryKey(m_context.actor);
    if (!newKey) {
        m_context.prompter.warn(this, tr("Replace the recovery key"),
                                text::ErrorText::message(newKey.error()));
        return false;
    }
    showRecoveryKey(*newKey);
    return true;
}

void AccountsPage::showRecoveryKey(const QString &key)
{
    QString desk;
    if (auto identity = m_context.settings.identity(); identity)
        desk = u"%1 (%2)"_s.arg(identity->name, identity->code);
    RecoveryKeyDialog dialog(desk, key, m_context.prompter, this);
    (void)m_context.prompter.runDialog(dialog);
}

bool AccountsPage::resetPassword(qint64 operatorId, const QString &temporaryPassword)
{
    if (auto status
        = m_context.accounts.resetPassword(m_context.actor, operatorId, temporaryPassword);
        !status) {
        m_context.prompter.warn(this, tr("Reset password"),
                                text::ErrorText::message(status.error()));
        return false;
    }
    return true;
}

bool AccountsPage::reactivate(qint64 operatorId, const QString &temporaryPassword)
{
    if (auto status = m_context.accounts.reactivate(m_context.actor, operatorId, temporaryPassword);
        !status) {
        m_context.prompter.warn(this, tr("Reactivate account"),
                                text::ErrorText::message(status.error()));
        return false;
    }
    return true;
}

bool AccountsPage::setIdleMinutes(int minutes)
{
    if (auto status = m_context.settings.setIdleLockMinutes(m_context.actor, minutes); !status) {
        m_context.prompter.warn(this, tr("Screen lock"), text::ErrorText::message(status.error()));
        return false;
    }
    return true;
}

bool AccountsPage::setRetentionMonths(int months)
{
    if (auto status = m_context.settings.setRetentionMonths(m_context.actor, months); !status) {
        m_context.prompter.warn(this, tr("Retention period"),
                                text::ErrorText::message(status.error()));
        return false;
    }
    return true;
}

void AccountsPage::newAccount()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New account"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(u"accountName"_s);
    auto *username = new QLineEdit(&dialog);
    username->setObjectName(u"accountUsername"_s);
    auto *role = new QComboBox(&dialog);
    role->setObjectName(u"accountRole"_s);
    for (const Role r : {Role::Operatore, Role::Facilitatore, Role::Coordinatore})
        role->addItem(text::SecurityText::role(r), static_cast<int>(r));
    auto *password = new QLineEdit(&dialog);
    password->setObjectName(u"accountPassword"_s);
    password->setEchoMode(QLineEdit::Password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(tr("Full &name:"), name);
    form->addRow(tr("&Username:"), username);
    form->addRow(tr("&Role:"), role);
    form->addRow(tr("Temporary &password:"), password);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (create(username->text(), name->text(), static_cast<Role>(role->currentData().toInt()),
                   password->text()))
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    m_context.prompter.runDialog(dialog);
}

} // namespace sportello::ui
