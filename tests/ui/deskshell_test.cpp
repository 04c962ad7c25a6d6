// SPDX-License-Identifier: GPL-3.0-or-later
// Operators at a shared PC: login, auto-lock after idle time (fake clock), Ctrl+L, and the next
// operator never seeing the previous one's work.
#include "crypto/vault.h"
#include "handout/handoutdialog.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "scriptedprompter.h"
#include "security/deskshell.h"
#include "security/firstrunwizard.h"
#include "security/lockcontroller.h"
#include "security/loginpanel.h"
#include "services/accountservice.h"
#include "services/deskservices.h"
#include "storage/auditlog.h"
#include "storage/profile.h"
#include "testhelpers.h"
#include "text/errortext.h"
#include "text/securitytext.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {
struct Fixture
{
    test::TempDir dir;
    test::FakeClock clock;
    std::unique_ptr<storage::Profile> profile;
    std::unique_ptr<services::DeskServices> services;
    crypto::Vault *vault = nullptr;
    storage::AuditLog *audit = nullptr;
    services::AccountService *accounts = nullptr;
    test::ScriptedPrompter prompter;
    ui::MainWindow window {ui::ProfileSummary {}};
    std::unique_ptr<ui::DeskShell> shell;
    int pagesBuilt = 0;

    Fixture()
    {
        auto opened = storage::Profile::open(dir.path(), sportello::test::secrets());
        REQUIRE(opened.ok());
        profile = std::move(opened).value();
        services = std::make_unique<services::DeskServices>(profile->database(), clock);
        vault = &services->context().vault;
        audit = &services->context().audit;
        accounts = &services->accounts();
        auto first = accounts->firstRun({u"Desk"_s, u"Org"_s, u"015175"_s, u"D1"_s, {}}, u"anna"_s,
                                        u"Anna Bianchi"_s, u"frase della coordinatrice"_s);
        REQUIRE(first.ok());
        REQUIRE(accounts
                    ->createAccount(first->coordinator, u"marco"_s, u"Marco Verdi"_s,
                                    security::Role::Operatore, u"frase del volontario"_s, false)
                    .ok());
        vault->lock();
        shell = std::make_unique<ui::DeskShell>(
            window, ui::DeskShell::Services {*services, clock, prompter},
            [this](ui::MainWindow &w, const security::Actor &actor) {
                ++pagesBuilt;
                auto *form = new QLineEdit;
                form->setObjectName(u"personForm"_s);
                form->setAccessibleName(u"Form of "_s + actor.username);
                w.addPage(u"sessions"_s, u"Sessions"_s, {}, form);
            });
        window.resize(1024, 700);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        shell->start();
    }

    void login(const QString &username, const QString &password)
    {
        ui::LoginPanel &panel = shell->loginPanel();
        panel.usernameField()->setText(username);
        panel.passwordField()->setText(password);
        QTest::keyClick(panel.passwordField(), Qt::Key_Return);
        // The password is checked on a worker thread; the screen answers meanwhile.
        REQUIRE(QTest::qWaitFor([&panel] { return !panel.isChecking(); }, 30'000));
    }

    bool anyFieldContains(const QString &text)
    {
        const auto fields = window.findChildren<QLineEdit *>();
        for (const QLineEdit *field : fields) {
            if (field->text().contains(text))
                return true;
        }
        return false;
    }
};
} // namespace

TEST_CASE("the desk starts locked and a wrong password is explained", "[ui][security]")
{
    Fixture f;
    CHECK(f.window.isLocked());
    CHECK(f.window.pageIds().isEmpty());
    f.login(u"anna"_s, u"sbagliata sbagliata"_s);
    CHECK(f.window.isLocked());
    CHECK_FALSE(f.shell->loginPanel().message().isEmpty());
    CHECK(f.shell->loginPanel().passwordField()->text().isEmpty());
    f.login(u"anna"_s, u"frase della coordinatrice"_s);
    CHECK_FALSE(f.window.isLocked());
    CHECK(f.window.pageIds() == QStringList {u"sessions"_s});
    CHECK(f.vault->isUnlocked());
}

TEST_CASE("the password is checked off the GUI thread while the login screen waits",
          "[ui][security]")
{
    Fixture f;
    ui::LoginPanel &panel = f.shell->loginPanel();
    panel.usernameField()->setText(u"anna"_s);
    panel.passwordField()->setText(u"frase della coordinatrice"_s);
    QTest::keyClick(panel.passwordField(), Qt::Key_Return);
    // Back in the event loop before the check is over: the screen says so and takes no input.
    CHECK(panel.isChecking());
    CHECK(f.window.isLocked());
    CHECK_FALSE(panel.usernameField()->isEnabled());
    CHECK_FALSE(panel.passwordField()->isEnabled());
    CHECK(panel.message() == ui::LoginPanel::tr("Checking the password…"));
    CHECK(panel.passwordField()->text().isEmpty());
    REQUIRE(QTest::qWaitFor([&panel] { return !panel.isChecking(); }, 30'000));
    CHECK_FALSE(f.window.isLocked());
    CHECK(panel.message().isEmpty());
    CHECK(panel.passwordField()->isEnabled());
}

TEST_CASE("a login screen closed while the password is checked waits for the check and logs "
          "nobody in",
          "[ui][security]")
{
    Fixture f;
    auto panel = std::make_unique<ui::LoginPanel>(*f.accounts, f.prompter);
    QSignalSpy loggedIn(panel.get(), &ui::LoginPanel::loggedIn);
    panel->usernameField()->setText(u"anna"_s);
    panel->passwordField()->setText(u"frase della coordinatrice"_s);
    panel->attemptLogin();
    REQUIRE(panel->isChecking());
    panel.reset(); // waits for its thread; its answer goes nowhere
    QCoreApplication::processEvents();
    CHECK(loggedIn.isEmpty());
    CHECK_FALSE(f.vault->isUnlocked());
}

TEST_CASE("idle time locks the screen, hides everything and wipes the key", "[ui][security]")
{
    Fixture f;
    f.login(u"anna"_s, u"frase della coordinatrice"_s);
    REQUIRE_FALSE(f.window.isLocked());
    f.shell->lockController().setIdleMinutes(10);
    auto *form = f.window.findChild<QLineEdit *>(u"sessionsPage"_s); // addPage names it
    REQUIRE(form);
    QTest::keyClicks(form, u"ROSSI-MARKER"_s); // an unsaved personal datum

    // Activity keeps it open…
    f.clock.advanceSecs(9 * 60);
    QTest::keyClick(form, Qt::Key_End);
    f.clock.advanceSecs(9 * 60);
    f.shell->lockController().check();
    CHECK_FALSE(f.window.isLocked());

    // …ten idle minutes lock it.
    f.clock.advanceSecs(10 * 60);
    f.shell->lockController().check();
    CHECK(f.window.isLocked());
    CHECK_FALSE(f.vault->isUnlocked());
    CHECK(f.window.pageIds().isEmpty());
    // The pages go as soon as control is back in the event loop (they may be running code in a
    // dialog's loop when the lock comes; see the test below).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(f.anyFieldContains(u"ROSSI-MARKER"_s));

    // Another operator unlocks: a fresh page, not the previous operator's form.
    f.login(u"marco"_s, u"frase del volontario"_s);
    CHECK_FALSE(f.window.isLocked());
    CHECK(f.pagesBuilt == 2);
    CHECK_FALSE(f.anyFieldContains(u"ROSSI-MARKER"_s));
    CHECK(f.shell->actor()->username == u"marco"_s);
}

TEST_CASE("Ctrl+L locks at once", "[ui][security]")
{
    Fixture f;
    f.login(u"marco"_s, u"frase del volontario"_s);
    REQUIRE_FALSE(f.window.isLocked());
    auto *lock = f.window.findChild<QAction *>(u"lockAction"_s);
    REQUIRE(lock);
    CHECK(lock->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
    QApplication::setActiveWindow(&f.window);
    f.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    QTest::keyClick(&f.window, Qt::Key_L, Qt::ControlModifier);
    CHECK(f.window.isLocked());
    CHECK_FALSE(f.vault->isUnlocked());
    auto entries = f.audit->entries({});
    REQUIRE(entries.ok());
    CHECK(entries->first().action == u"lock"_s);
}

TEST_CASE("the first-run wizard creates the desk and shows the recovery key once", "[ui][security]")
{
    test::TempDir dir;
    test::FakeClock clock;
    auto profile = storage::Profile::open(dir.path(), sportello::test::secrets());
    REQUIRE(profile.ok());
    services::DeskServices desk((*profile)->database(), clock);
    crypto::Vault &vault = desk.context().vault;
    services::AccountService &accounts = desk.accounts();
    test::ScriptedPrompter prompter;
    ui::FirstRunWizard wizard(accounts, prompter);
    wizard.show();
    wizard.findChild<QLineEdit *>(u"deskName"_s)->setText(u"Centro di Ascolto Pioltello"_s);
    wizard.findChild<QLineEdit *>(u"deskOrganization"_s)->setText(u"Caritas Ambrosiana"_s);
    wizard.findChild<QLineEdit *>(u"deskCode"_s)->setText(u"PIO-CDA"_s);
    wizard.next();
    REQUIRE(wizard.currentId() == ui::FirstRunWizard::CoordinatorPage);
    wizard.findChild<QLineEdit *>(u"coordinatorName"_s)->setText(u"Anna Bianchi"_s);
    wizard.findChild<QLineEdit *>(u"coordinatorUsername"_s)->setText(u"anna"_s);
    wizard.findChild<QLineEdit *>(u"coordinatorPassword"_s)->setText(u"password"_s);
    wizard.findChild<QLineEdit *>(u"coordinatorPasswordAgain"_s)->setText(u"password"_s);
    wizard.next(); // refused: too short and common
    CHECK(wizard.currentId() == ui::FirstRunWizard::CoordinatorPage);
    CHECK_FALSE(wizard.findChild<QLabel *>(u"wizardProblem"_s)->text().isEmpty());
    CHECK(accounts.needsFirstRun().value());

    // Long and not on the list, but built on the names just typed on the desk page: zxcvbn
    // refuses it, and the page says what to avoid rather than the fallback sentence.
    wizard.findChild<QLineEdit *>(u"coordinatorPassword"_s)->setText(u"Caritas-Pioltello1"_s);
    wizard.findChild<QLineEdit *>(u"coordinatorPasswordAgain"_s)->setText(u"Caritas-Pioltello1"_s);
    wizard.next();
    CHECK(wizard.currentId() == ui::FirstRunWizard::CoordinatorPage);
    const QString tooGuessable = text::SecurityText::passwordProblem(
        static_cast<int>(crypto::PasswordProblem::TooGuessable));
    CHECK(wizard.findChild<QLabel *>(u"wizardProblem"_s)->text() == tooGuessable);
    CHECK(tooGuessable
          == text::ErrorText::message(makeError(
              ErrorCode::WeakPassword, {},
              {QString::number(static_cast<int>(crypto::PasswordProblem::TooGuessable))})));
    CHECK(tooGuessable.contains(u"comune"_s));
    CHECK(tooGuessable != text::SecurityText::passwordProblem(-1));
    CHECK(accounts.needsFirstRun().value());

    wizard.findChild<QLineEdit *>(u"coordinatorPassword"_s)->setText(u"la mia frase sicura"_s);
    wizard.findChild<QLineEdit *>(u"coordinatorPasswordAgain"_s)->setText(u"la mia frase sicura"_s);
    wizard.next();
    REQUIRE(wizard.currentId() == ui::FirstRunWizard::RecoveryPage);
    REQUIRE(wizard.coordinator().has_value());
    CHECK(wizard.coordinator()->role == security::Role::Coordinatore);
    const QString key = wizard.findChild<QLabel *>(u"recoveryKey"_s)->text();
    CHECK(key == wizard.recoveryKey());
    CHECK(key.size() > 40);
    CHECK(wizard.recoverySheet().contains(key));
    // "Save it as PDF…" warns first, then asks where through the prompter.
    const QString pdf = dir.filePath(u"recovery.pdf"_s);
    prompter.savePaths = {pdf};
    prompter.confirmations = {false};
    auto *save = wizard.findChild<QPushButton *>(u"saveRecoveryPdf"_s);
    REQUIRE(save);
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK_FALSE(QFileInfo::exists(pdf)); // declined after the warning
    prompter.confirmations = {true};
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(QFileInfo(pdf).size() > 0);
    CHECK(prompter.warnings.isEmpty());
    // Finishing needs the confirmation that the key was stored.
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.findChild<QCheckBox *>(u"recoveryStored"_s)->setChecked(true);
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());
    // The key works.
    vault.lock();
    CHECK(vault.unlockWithRecoveryKey(key).ok());
}

TEST_CASE("locking with a dialog open closes it first; its page outlives the code that opened it",
          "[ui][security]")
{
    Fixture f;
    f.login(u"marco"_s, u"frase del volontario"_s);
    REQUIRE_FALSE(f.window.isLocked());
    f.shell->lockController().setIdleMinutes(10);
    QPointer<QWidget> page = f.window.findChild<QLineEdit *>(u"sessionsPage"_s);
    REQUIRE(page);

    catalogue::Service service;
    service.uid = u"svc-test"_s;
    service.name = u"Emporio solidale"_s;
    std::unique_ptr<QDialog> dialog;
    SECTION("the handout dialog")
    {
        dialog = std::make_unique<ui::HandoutDialog>(
            ui::HandoutDialog::Input {{service}, {}, {}, {}, f.clock.today(), {}}, f.prompter,
            page.data());
    }
    SECTION("a message box")
    {
        dialog = std::make_unique<QMessageBox>(QMessageBox::Warning, u"Avviso"_s,
                                               u"Mario Rossi ha un appuntamento"_s, QMessageBox::Ok,
                                               page.data());
    }
    // The idle lock fires while the dialog runs its own event loop, as a page's code would
    // have opened it; a guard ends the loop if the lock fails to.
    bool openWhenLocking = false;
    QTimer::singleShot(0, dialog.get(), [&] {
        openWhenLocking = dialog->isVisible();
        f.clock.advanceSecs(11 * 60);
        f.shell->lockController().check();
    });
    QTimer::singleShot(5000, dialog.get(), [&] { dialog->done(99); });
    const int result = dialog->exec();

    CHECK(openWhenLocking);
    CHECK(result == QDialog::Rejected);
    CHECK_FALSE(dialog->isVisible());
    CHECK(f.window.isLocked());
    CHECK_FALSE(f.vault->isUnlocked());
    // The code that opened the dialog goes on with its page alive…
    REQUIRE(page);
    CHECK_FALSE(page->isVisible());
    dialog.reset();
    // …which is gone once control is back in the event loop.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(page);
    CHECK(f.window.pageIds().isEmpty());
}
