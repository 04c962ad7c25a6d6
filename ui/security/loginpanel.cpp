// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginpanel.h"

#include "brand.h"
#include "prompter.h"
#include "services/accountservice.h"
#include "text/errortext.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace sportello::ui {

LoginPanel::LoginPanel(services::AccountService &accounts, Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_prompter(prompter)
{
    setObjectName(u"loginPanel"_s);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *box = new QWidget(this);
    box->setMaximumWidth(460);
    auto *layout = new QVBoxLayout(box);
    auto *title = new QLabel(tr("Sportello is locked"), box);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    layout->addWidget(new QLabel(tr("Log in to work at the desk."), box));
    auto *form = new QFormLayout;
    m_username = new QLineEdit(box);
    m_username->setObjectName(u"loginUsername"_s);
    m_username->setAccessibleName(tr("Username"));
    m_password = new QLineEdit(box);
    m_password->setObjectName(u"loginPassword"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_message = new QLabel(box);
    m_message->setObjectName(u"loginMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(brand::errorStyle(palette()));
    layout->addWidget(m_message);
    m_login = new QPushButton(tr("&Log in"), box);
    m_login->setObjectName(u"loginButton"_s);
    m_login->setDefault(true);
    m_recovery = new QPushButton(tr("All passwords lost? Use the &recovery key…"), box);
    m_recovery->setObjectName(u"recoveryButton"_s);
    m_recovery->setFlat(true);
    layout->addWidget(m_login);
    layout->addWidget(m_recovery);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_login, &QPushButton::clicked, this, &LoginPanel::attemptLogin);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginPanel::attemptLogin);
    connect(m_username, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_recovery, &QPushButton::clicked, this, &LoginPanel::recover);
}

QString LoginPanel::message() const
{
    return m_message->text();
}

void LoginPanel::reset(const QString &message)
{
    m_password->clear();
    m_message->setText(message);
    (m_username->text().isEmpty() ? m_username : m_password)->setFocus();
}

bool LoginPanel::isChecking() const
{
    return m_checking;
}

void LoginPanel::attemptLogin()
{
    if (m_checking)
        return;
    // The password check (Argon2id) takes about a second: it runs on a thread of its own while
    // this screen stays responsive and says what is happening.
    struct Pending
    {
        services::LoginAttempt attempt;
        QString password;
    };
    auto pending = std::make_shared<Pending>();
    pending->password = m_password->text();
    m_password->clear();
    auto attempt = m_accounts.beginLogin(m_username->text());
    if (!attempt) {
        m_message->setText(text::ErrorText::message(attempt.error()));
        return;
    }
    pending->attempt = std::move(attempt).value();
    setChecking(true);
    m_check.reset(
        QThread::create([pending] { pending->attempt.checkPassword(pending->password); }));
    m_check->setObjectName(u"sportello-login-check"_s);
    connect(m_check.get(), &QThread::finished, this, [this, pending] {
        m_check->wait();
        m_check.reset();
        setChecking(false);
        auto actor = m_accounts.finishLogin(std::move(pending->attempt), pending->password);
        pending->password.clear();
        if (!actor) {
            m_message->setText(text::ErrorText::message(actor.error()));
            m_password->setFocus();
            return;
        }
        m_message->clear();
        Q_EMIT loggedIn(*actor);
    });
    m_check->start();
}

LoginPanel::~LoginPanel()
{
    if (m_check) {
        m_check->disconnect(this);
        m_check->wait();
    }
}

void LoginPanel::setChecking(bool checking)
{
    m_checking = checking;
    m_username->setEnabled(!checking);
    m_password->setEnabled(!checking);
    m_login->setEnabled(!checking);
    m_recovery->setEnabled(!checking);
    m_message->setStyleSheet(checking ? QString() : brand::errorStyle(palette()));
    if (checking)
        m_message->setText(tr("Checking the password…"));
}

void LoginPanel::recover()
{
    const auto key = m_prompter.askText(this, tr("Recovery key"),
                                        tr("Type the recovery key printed when the desk was set "
                                           "up (groups of letters and digits):"));
    if (!key || key->trimmed().isEmpty())
        return;
    const auto username
        = m_prompter.askText(this, tr("Recovery key"),
                             tr("Coordinator account to give a new password:"), m_username->text());
    if (!username)
        return;
    const auto password = m_prompter.askPassword(this, tr("Recovery key"),
                                                 tr("New password (at least 10 characters):"));
    if (!password)
        return;
    auto actor = m_accounts.recover(*key, *username, *password);
    if (!actor) {
        m_message->setText(text::ErrorText::message(actor.error()));
        return;
    }
    Q_EMIT loggedIn(*actor);
}

} // namespace sportello::ui
