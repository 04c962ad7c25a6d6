// SPDX-License-Identifier: GPL-3.0-or-later
// The coordinator's accounts page: the model under the model tester, a new account through its
// dialog (answered by the prompter), deactivation and reset, the screen-lock delay, and the
// refusal for anyone else.
#include "../core/services/peoplefixture.h"
#include "scriptedprompter.h"
#include "security/accountspage.h"
#include "services/changenotifier.h"
#include "services/desksettings.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;
using ui::AccountModel;

namespace {

struct Fixture
{
    test::PeopleDesk desk;
    test::ScriptedPrompter prompter;
    std::unique_ptr<ui::AccountsPage> page;

    void open(const security::Actor &actor)
    {
        page = std::make_unique<ui::AccountsPage>(ui::AccountsPage::Context {
            *desk.accounts, desk.services->settings(), *desk.changes, prompter, actor});
        page->resize(900, 600);
        page->show();
    }

    template<typename T>
    T *child(const QString &name)
    {
        auto *widget = page->findChild<T *>(name);
        REQUIRE(widget);
        return widget;
    }

    // The next "New account" dialog is filled in with these and OK pressed, as a person would.
    void fillNewAccount(const QString &name, const QString &username, security::Role role,
                        const QString &password)
    {
        prompter.dialogs.push_back([=](QDialog &dialog) {
            dialog.findChild<QLineEdit *>(u"accountName"_s)->setText(name);
            dialog.findChild<QLineEdit *>(u"accountUsername"_s)->setText(username);
            auto *roles = dialog.findChild<QComboBox *>(u"accountRole"_s);
            roles->setCurrentIndex(roles->findData(static_cast<int>(role)));
            dialog.findChild<QLineEdit *>(u"accountPassword"_s)->setText(password);
            QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
            return dialog.result();
        });
    }

    int rowOf(const QString &username) const
    {
        const AccountModel &model = *page->model();
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, AccountModel::Username).data().toString() == username)
                return row;
        }
        return -1;
    }

    QString cell(const QString &username, AccountModel::Column column) const
    {
        const int row = rowOf(username);
        return row < 0 ? QString() : page->model()->index(row, column).data().toString();
    }
};

} // namespace

TEST_CASE("AccountModel lists each operator's name, username, role, state and failures",
          "[ui][accounts]")
{
    AccountModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    security::Account anna;
    anna.id = 1;
    anna.username = u"anna"_s;
    anna.displayName = u"Anna Bianchi"_s;
    anna.role = security::Role::Coordinatore;
    security::Account marco = anna;
    marco.id = 2;
    marco.username = u"marco"_s;
    marco.displayName = u"Marco Verdi"_s;
    marco.role = security::Role::Facilitatore;
    marco.active = false;
    marco.failedLogins = 3;
    model.setAccounts({anna, marco});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == AccountModel::ColumnCount);
    CHECK(model.index(1, AccountModel::Name).data().toString() == u"Marco Verdi"_s);
    CHECK(model.index(1, AccountModel::Username).data().toString() == u"marco"_s);
    CHECK(model.index(1, AccountModel::Role).data().toString() == u"digital facilitator"_s);
    CHECK(model.index(0, AccountModel::Role).data().toString() == u"coordinator"_s);
    CHECK(model.index(1, AccountModel::Active).data().toString() == u"deactivated"_s);
    CHECK(model.index(0, AccountModel::Active).data().toString() == u"active"_s);
    anna.needsNewPassword = true;
    model.setAccounts({anna, marco});
    CHECK(model.index(0, AccountModel::Active).data().toString()
          == u"active, needs a new password"_s);
    CHECK(model.index(1, AccountModel::Failures).data().toInt() == 3);
    CHECK(model.headerData(AccountModel::Failures, Qt::Horizontal, Qt::DisplayRole).toString()
          == u"Failed logins"_s);
    CHECK(model.accountAt(1)->id == 2);
    CHECK(model.accountAt(2) == nullptr);
    CHECK(model.accountAt(-1) == nullptr);
    model.setAccounts({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("a coordinator creates, deactivates and resets accounts from the page", "[ui][accounts]")
{
    Fixture f;
    f.open(f.desk.lead);
    QAbstractItemModelTester tester(f.page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.page->model()->rowCount() == 1);

    // A password the service refuses: the dialog stays open, nothing is created.
    f.fillNewAccount(u"Marco Verdi"_s, u"marco"_s, security::Role::Operatore, u"password"_s);
    QTest::mouseClick(f.child<QPushButton>(u"accountNew"_s), Qt::LeftButton);
    CHECK(f.prompter.dialogTitles == QStringList {u"New account"_s});
    REQUIRE(f.prompter.warnings.size() == 1);
    QCoreApplication::processEvents();
    CHECK(f.page->model()->rowCount() == 1);

    f.fillNewAccount(u"Marco Verdi"_s, u"marco"_s, security::Role::Operatore,
                     u"una frase per il volontario"_s);
    QTest::mouseClick(f.child<QPushButton>(u"accountNew"_s), Qt::LeftButton);
    CHECK(f.prompter.warnings.size() == 1);
    QCoreApplication::processEvents(); // the list follows the service's announcement
    REQUIRE(f.page->model()->rowCount() == 2);
    CHECK(f.cell(u"marco"_s, AccountModel::Role) == u"volunteer operator"_s);
    CHECK(f.cell(u"marco"_s, AccountModel::Active) == u"active"_s);

    // Deactivate asks first.
    auto *view = f.child<QTableView>(u"accountsView"_s);
    view->setCurrentIndex(f.page->model()->index(f.rowOf(u"marco"_s), 0));
    f.prompter.confirmations = {false};
    QTest::mouseClick(f.child<QPushButton>(u"accountDeactivate"_s), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(f.cell(u"marco"_s, AccountModel::Active) == u"active"_s);
    f.prompter.confirmations = {true};
    QTest::mouseClick(f.child<QPushButton>(u"accountDeactivate"_s), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(f.cell(u"marco"_s, AccountModel::Active) == u"deactivated"_s);

    // A reset reactivates with a temporary password the operator must change.
    view->setCurrentIndex(f.page->model()->index(f.rowOf(u"marco"_s), 0));
    f.prompter.texts = {u"temporanea ma lunga 1"_s};
    QTest::mouseClick(f.child<QPushButton>(u"accountReset"_s), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(f.cell(u"marco"_s, AccountModel::Active) == u"active"_s);
    auto marco = f.desk.accounts->login(u"marco"_s, u"temporanea ma lunga 1"_s);
    REQUIRE(marco.ok());
    CHECK(f.desk.accounts->mustChangePassword(*marco).value());
    CHECK(f.prompter.warnings.size() == 1);
}

TEST_CASE("a coordinator replaces the recovery key: it asks first and shows the new key once",
          "[ui][accounts][keys]")
{
    Fixture f;
    f.open(f.desk.lead);
    auto *replace = f.child<QPushButton>(u"replaceRecoveryKey"_s);
    f.prompter.confirmations = {false};
    QTest::mouseClick(replace, Qt::LeftButton);
    CHECK(f.prompter.dialogTitles.isEmpty());

    QString shown;
    bool okEnabledBefore = true;
    f.prompter.confirmations = {true};
    f.prompter.dialogs.push_back([&](QDialog &dialog) {
        shown = dialog.findChild<QLabel *>(u"recoveryKey"_s)->text();
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        okEnabledBefore = ok->isEnabled();
        dialog.findChild<QCheckBox *>(u"recoveryStored"_s)->setChecked(true);
        QTest::mouseClick(ok, Qt::LeftButton);
        return dialog.result();
    });
    QTest::mouseClick(replace, Qt::LeftButton);
    CHECK(f.prompter.dialogTitles == QStringList {u"New recovery key"_s});
    CHECK(f.prompter.warnings.isEmpty());
    CHECK_FALSE(okEnabledBefore); // closes only once the key is stored
    REQUIRE(shown.size() > 40);
    crypto::Vault &vault = f.desk.services->context().vault;
    vault.lock();
    CHECK(vault.unlockWithRecoveryKey(shown).ok());
}

TEST_CASE("the page sets the screen-lock delay through the desk settings", "[ui][accounts]")
{
    Fixture f;
    QSignalSpy changed(f.desk.changes, &services::ChangeNotifier::deskSettingsChanged);
    f.open(f.desk.lead);
    auto *idle = f.child<QSpinBox>(u"idleMinutes"_s);
    CHECK(idle->value() == services::DeskSettings::kDefaultIdleLockMinutes);
    CHECK(idle->maximum() == services::DeskSettings::kMaximumIdleLockMinutes);
    idle->setValue(4);
    QTest::mouseClick(f.child<QPushButton>(u"idleApply"_s), Qt::LeftButton);
    CHECK(f.desk.services->settings().idleLockMinutes() == 4);
    CHECK(changed.size() == 1);
    CHECK(f.prompter.warnings.isEmpty());
}

TEST_CASE("anyone but a coordinator is refused the accounts, in words", "[ui][accounts]")
{
    Fixture f;
    f.open(f.desk.volunteer);
    CHECK(f.page->model()->rowCount() == 0);
    REQUIRE(f.prompter.warnings.size() == 1);
    CHECK_FALSE(f.prompter.warnings.first().isEmpty());
    CHECK(f.desk.auditActions(u"manage_accounts"_s).contains(u"denied"_s));
    // Nor can it change the screen-lock delay.
    f.child<QSpinBox>(u"idleMinutes"_s)->setValue(3);
    QTest::mouseClick(f.child<QPushButton>(u"idleApply"_s), Qt::LeftButton);
    CHECK(f.desk.services->settings().idleLockMinutes()
          == services::DeskSettings::kDefaultIdleLockMinutes);
    CHECK(f.prompter.warnings.size() == 2);
}

TEST_CASE("the page sets the retention period within its bounds", "[ui][accounts][retention]")
{
    Fixture f;
    f.open(f.desk.lead);
    auto *months = f.child<QSpinBox>(u"retentionMonths"_s);
    CHECK(months->value() == 24);
    CHECK(months->minimum() == 6);
    CHECK(months->maximum() == 120);
    months->setValue(36);
    QTest::mouseClick(f.child<QPushButton>(u"retentionApply"_s), Qt::LeftButton);
    CHECK(f.desk.services->settings().retentionMonths() == 36);
    CHECK(f.prompter.warnings.isEmpty());
    // The spin box cannot go out of bounds; the page's own call is refused in words.
    CHECK_FALSE(f.page->setRetentionMonths(200));
    REQUIRE(f.prompter.warnings.size() == 1);
    CHECK(f.prompter.warnings.first().contains(u"between 6 and 120 months"_s));
    CHECK(f.desk.services->settings().retentionMonths() == 36);

    // An operator's page is refused, in words.
    f.open(f.desk.volunteer);
    f.prompter.warnings.clear();
    f.child<QSpinBox>(u"retentionMonths"_s)->setValue(12);
    QTest::mouseClick(f.child<QPushButton>(u"retentionApply"_s), Qt::LeftButton);
    CHECK(f.desk.services->settings().retentionMonths() == 36);
    CHECK(f.prompter.warnings.size() == 1);
}
