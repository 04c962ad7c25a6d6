// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrunwizard.h"

#include "brand.h"
#include "catalogue/taxonomy.h"
#include "prompter.h"
#include "recoverykeysheet.h"
#include "services/accountservice.h"
#include "text/errortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sportello::ui {

namespace {
// A wizard page whose mandatory fields the wizard itself declares.
class FieldPage final : public QWizardPage
{
public:
    using QWizardPage::registerField;
};
} // namespace

FirstRunWizard::FirstRunWizard(services::AccountService &accounts, Prompter &prompter,
                               QWidget *parent)
    : QWizard(parent)
    , m_accounts(accounts)
    , m_prompter(prompter)
{
    setObjectName(u"firstRunWizard"_s);
    setWindowTitle(tr("Set up this desk"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(DeskPage, buildDeskPage());
    setPage(CoordinatorPage, buildCoordinatorPage());
    setPage(RecoveryPage, buildRecoveryPage());
    resize(720, 560);
}

QWizardPage *FirstRunWizard::buildDeskPage()
{
    auto *page = new FieldPage;
    page->setTitle(tr("The desk"));
    page->setSubTitle(tr("These details appear on the handouts and letters given to citizens."));
    auto *form = new QFormLayout(page);
    m_deskName = new QLineEdit(page);
    m_deskName->setObjectName(u"deskName"_s);
    m_deskName->setPlaceholderText(tr("e.g. Centro di Ascolto Caritas Pioltello"));
    m_organization = new QLineEdit(page);
    m_organization->setObjectName(u"deskOrganization"_s);
    m_comune = new QComboBox(page);
    m_comune->setObjectName(u"deskComune"_s);
    for (const catalogue::Term &term : catalogue::Taxonomy::comuni())
        m_comune->addItem(QString::fromUtf8(term.italian), QString::fromLatin1(term.code));
    m_deskCode = new QLineEdit(page);
    m_deskCode->setObjectName(u"deskCode"_s);
    m_deskCode->setPlaceholderText(tr("e.g. PIO-CDA"));
    m_deskCode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9-]{2,12}"_s), m_deskCode));
    m_contacts = new QPlainTextEdit(page);
    m_contacts->setObjectName(u"deskContacts"_s);
    m_contacts->setTabChangesFocus(true);
    m_contacts->setPlaceholderText(tr("Address, phone, e-mail, opening hours — one per line"));
    form->addRow(tr("Desk &name:"), m_deskName);
    form->addRow(tr("&Organization:"), m_organization);
    form->addRow(tr("&Comune:"), m_comune);
    form->addRow(tr("Desk &code:"), m_deskCode);
    form->addRow(tr("Con&tacts for handouts:"), m_contacts);
    page->registerField(u"deskName*"_s, m_deskName);
    page->registerField(u"deskOrganization*"_s, m_organization);
    page->registerField(u"deskCode*"_s, m_deskCode);
    return page;
}

QWizardPage *FirstRunWizard::buildCoordinatorPage()
{
    auto *page = new FieldPage;
    page->setTitle(tr("The first coordinator"));
    page->setSubTitle(tr("The coordinator creates the other operators' accounts. Choose a "
                         "password of at least 10 characters, without the names of the desk or "
                         "its comune: a short phrase is easy to remember and hard to guess."));
    auto *form = new QFormLayout(page);
    m_displayName = new QLineEdit(page);
    m_displayName->setObjectName(u"coordinatorName"_s);
    m_username = new QLineEdit(page);
    m_username->setObjectName(u"coordinatorUsername"_s);
    m_password = new QLineEdit(page);
    m_password->setObjectName(u"coordinatorPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordAgain = new QLineEdit(page);
    m_passwordAgain->setObjectName(u"coordinatorPasswordAgain"_s);
    m_passwordAgain->setEchoMode(QLineEdit::Password);
    m_problem = new QLabel(page);
    m_problem->setObjectName(u"wizardProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(brand::errorStyle(page->palette()));
    form->addRow(tr("Full &name:"), m_displayName);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Password &again:"), m_passwordAgain);
    form->addRow(m_problem);
    page->registerField(u"coordinatorName*"_s, m_displayName);
    page->registerField(u"coordinatorUsername*"_s, m_username);
    page->registerField(u"coordinatorPassword*"_s, m_password);
    return page;
}

QWizardPage *FirstRunWizard::buildRecoveryPage()
{
    auto *page = new FieldPage;
    page->setTitle(tr("Recovery key"));
    page->setSubTitle(tr("If every password is lost, this key is the only way to open the data "
                         "again. It is shown only now: print it or write it down and keep it "
                         "locked away from this computer."));
    auto *layout = new QVBoxLayout(page);
    m_keyLabel = new QLabel(page);
    m_keyLabel->setObjectName(u"recoveryKey"_s);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(u"DejaVu Sans Mono"_s);
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF() * 1.4);
    m_keyLabel->setFont(mono);
    m_keyLabel->setWordWrap(true);
    layout->addWidget(m_keyLabel);
    auto *print = new QPushButton(tr("&Print the recovery key…"), page);
    auto *save = new QPushButton(tr("&Save it as PDF…"), page);
    save->setObjectName(u"saveRecoveryPdf"_s);
    layout->addWidget(print);
    layout->addWidget(save);
    m_stored = new QCheckBox(tr("I have printed or written down the recovery key and stored it "
                                "safely"),
                             page);
    m_stored->setObjectName(u"recoveryStored"_s);
    layout->addWidget(m_stored);
    layout->addStretch(1);
    page->registerField(u"recoveryStored*"_s, m_stored);
    connect(print, &QPushButton::clicked, this,
            [this] { RecoveryKeySheet::print(m_prompter, this, recoverySheet()); });
    connect(save, &QPushButton::clicked, this,
            [this] { RecoveryKeySheet::saveAsPdf(m_prompter, this, recoverySheet()); });
    return page;
}

QString FirstRunWizard::recoverySheet() const
{
    return RecoveryKeySheet::html(u"%1 (%2)"_s.arg(m_deskName->text(), m_deskCode->text()),
                                  m_recoveryKey);
}

bool FirstRunWizard::saveRecoverySheetPdf(const QString &path) const
{
    return RecoveryKeySheet::writePdf(path, recoverySheet());
}

bool FirstRunWizard::createDesk()
{
    if (m_password->text() != m_passwordAgain->text()) {
        m_problem->setText(tr("The two passwords differ."));
        return false;
    }
    security::DeskIdentity desk;
    desk.name = m_deskName->text();
    desk.organization = m_organization->text();
    desk.comuneIstat = m_comune->currentData().toString();
    desk.code = m_deskCode->text();
    desk.contacts = m_contacts->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    auto result = m_accounts.firstRun(desk, m_username->text().trimmed(), m_displayName->text(),
                                      m_password->text());
    if (!result) {
        m_problem->setText(text::ErrorText::message(result.error()));
        return false;
    }
    m_password->clear();
    m_passwordAgain->clear();
    m_coordinator = result->coordinator;
    m_recoveryKey = result->recoveryKey;
    m_keyLabel->setText(m_recoveryKey);
    m_problem->clear();
    return true;
}

bool FirstRunWizard::validateCurrentPage()
{
    // The desk and its coordinator are created once, when leaving the coordinator page; after
    // that there is no going back (the Back button is hidden on the last page).
    if (currentId() == CoordinatorPage && !m_coordinator)
        return createDesk();
    return QWizard::validateCurrentPage();
}

} // namespace sportello::ui
