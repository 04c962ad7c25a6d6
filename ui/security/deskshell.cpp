// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskshell.h"

#include "lockcontroller.h"
#include "loginpanel.h"
#include "mainwindow.h"
#include "prompter.h"
#include "services/accountservice.h"
#include "services/deskservices.h"
#include "services/peopleservice.h"
#include "text/errortext.h"
#include "text/securitytext.h"

#include <QApplication>
#include <QDialog>

using namespace Qt::StringLiterals;

namespace sportello::ui {

DeskShell::DeskShell(MainWindow &window, Services services, PageBuilder buildPages, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_services(services)
    , m_buildPages(std::move(buildPages))
    , m_lock(new LockController(services.clock, this))
    , m_login(new LoginPanel(services.desk.accounts(), services.prompter, &window))
{
    m_window.setLockScreen(m_login);
    connect(m_login, &LoginPanel::loggedIn, this, &DeskShell::enter);
    connect(&m_window, &MainWindow::lockRequested, this, &DeskShell::lockNow);
    connect(&m_window, &MainWindow::changePasswordRequested, this, &DeskShell::changePassword);
    connect(m_lock, &LockController::idleTimeoutReached, this, &DeskShell::lockNow);
}

DeskShell::~DeskShell() = default;

void DeskShell::start()
{
    m_window.clearPages();
    m_window.setLocked(true);
    m_login->reset();
}

void DeskShell::enter(const security::Actor &actor)
{
    m_actor = actor;
    // The names for the person search are read and decrypted on a thread of their own: at
    // 200,000 people that takes seconds the window must not wait for.
    m_services.desk.people().preloadDirectory();
    m_window.clearPages();
    m_buildPages(m_window, actor);
    m_window.setLocked(false);
    m_window.setOperatorText(
        tr("%1 (%2)").arg(actor.displayName, text::SecurityText::role(actor.role)));
    m_lock->setArmed(true);
    Q_EMIT unlocked(actor);
    auto mustChange = m_services.desk.accounts().mustChangePassword(actor);
    if (mustChange && *mustChange)
        changePassword();
}

void DeskShell::lockNow()
{
    if (!m_actor)
        return;
    const security::Actor actor = *m_actor;
    m_actor.reset();
    m_lock->setArmed(false);
    // First hide and destroy everything that may show personal data, then forget the key. A
    // dialog open over the desk (a handout, a message box) goes first: it may name a person,
    // and a modal one runs its own event loop inside a page's code, so the pages are deleted
    // only once that code has returned (MainWindow::clearPages).
    closeDialogs();
    m_window.setLocked(true);
    m_window.clearPages();
    // Forgets the decrypted names, wipes the key and audits the lock.
    m_services.desk.lock(actor);
    m_login->reset(tr("Locked. Log in to continue."));
    Q_EMIT locked();
}

void DeskShell::closeDialogs()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        auto *dialog = qobject_cast<QDialog *>(window);
        if (dialog && dialog->isVisible())
            dialog->reject();
    }
}

void DeskShell::changePassword()
{
    if (!m_actor)
        return;
    const auto old = m_services.prompter.askPassword(&m_window, tr("Change password"),
                                                     tr("Current password:"));
    if (!old)
        return;
    const auto fresh = m_services.prompter.askPassword(
        &m_window, tr("Change password"),
        tr("New password (at least %1 characters, not a common one):").arg(10));
    if (!fresh)
        return;
    const auto again = m_services.prompter.askPassword(&m_window, tr("Change password"),
                                                       tr("New password again:"));
    if (!again)
        return;
    if (*fresh != *again) {
        m_services.prompter.warn(&m_window, tr("Change password"),
                                 tr("The two new passwords differ; nothing was changed."));
        return;
    }
    if (auto status = m_services.desk.accounts().changePassword(*m_actor, *old, *fresh); !status)
        m_services.prompter.warn(&m_window, tr("Change password"),
                                 text::ErrorText::message(status.error()));
}

} // namespace sportello::ui
