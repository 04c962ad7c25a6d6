// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskcomposition.h"

#include "audit/auditpage.h"
#include "catalogue/cataloguepage.h"
#include "desktopapp.h"
#include "followups/followuppage.h"
#include "homepage.h"
#include "mainwindow.h"
#include "people/peopleservice.h"
#include "people/personeraser.h"
#include "people/personpage.h"
#include "people/privacynotice.h"
#include "people/sessionservice.h"
#include "privacy/privacynoticeeditor.h"
#include "prompter.h"
#include "referrals/referralactions.h"
#include "referrals/referralservice.h"
#include "referrals/referralspage.h"
#include "search/searchcontroller.h"
#include "security/accountservice.h"
#include "security/accountspage.h"
#include "security/deskshell.h"
#include "security/guardedcatalogue.h"
#include "security/lockcontroller.h"
#include "security/vault.h"
#include "sessions/sessionpage.h"
#include "storage/auditlog.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "support/clock.h"
#include "support/logging.h"
#include "text/errortext.h"

#include <QApplication>
#include <QShortcut>
#include <QStyle>

#include <chrono>

using namespace Qt::StringLiterals;

namespace sportello::app {

namespace {
// The desk as handouts print it; read at each login, since the first-run wizard sets it.
catalogue::DeskInfo deskInfo(storage::Database &database, const Clock &clock)
{
    const auto identity = security::loadDeskIdentity(database, clock);
    return identity ? catalogue::DeskInfo {identity->name, identity->contacts}
                    : catalogue::DeskInfo {};
}

QIcon icon(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}
} // namespace

DeskComposition::DeskComposition(storage::Database &database, const Clock &clock,
                                 ui::Prompter &prompter, const ui::ProfileSummary &summary,
                                 QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_prompter(prompter)
    , m_summary(summary)
{
    m_catalogue = std::make_unique<storage::CatalogueRepository>(database, clock);
    m_search = std::make_unique<search::SearchController>(
        [&database, &clock]() -> Result<std::shared_ptr<const search::CatalogueIndex>> {
            // Runs on the search thread, with that thread's own connection.
            const storage::CatalogueRepository repository(database, clock);
            auto summaries = repository.summaries();
            if (!summaries)
                return summaries.error();
            auto rows = repository.searchRows();
            if (!rows)
                return rows.error();
            return search::CatalogueIndex::build(std::move(summaries).value(), *rows);
        });
    connect(m_search.get(), &search::SearchController::reloadFailed, this, [](const Error &error) {
        qCWarning(lcApp).noquote() << "search index:" << error.toLogString();
    });
    m_search->reload();

    m_vault = std::make_unique<security::Vault>(database, clock);
    m_audit = std::make_unique<storage::AuditLog>(database, clock);
    m_accounts = std::make_unique<security::AccountService>(database, *m_vault, *m_audit, clock);
    m_authorizer = std::make_unique<security::Authorizer>(*m_audit);
    m_editing = std::make_unique<security::GuardedCatalogue>(*m_catalogue, *m_authorizer);
    m_people = std::make_unique<people::PeopleService>(database, *m_vault, *m_audit, clock);
    m_sessions = std::make_unique<people::SessionService>(database, *m_vault, *m_audit, clock);
    m_referrals = std::make_unique<referrals::ReferralService>(database, *m_vault, *m_audit, clock);

    m_window = std::make_unique<ui::MainWindow>(m_summary);
    m_shell = std::make_unique<ui::DeskShell>(
        *m_window, ui::DeskShell::Services {*m_accounts, *m_vault, *m_audit, clock, prompter},
        [this](ui::MainWindow &window, const security::Actor &actor) {
            buildPages(window, actor);
        });
    m_shell->lockController().setIdleMinutes(security::idleLockMinutes(database, clock));
    // The decrypted names of the person search must not outlive the key.
    connect(m_shell.get(), &ui::DeskShell::locked, this, [this]() { m_people->forget(); });

    purgeAbandonedIntakes();
    m_purgeTimer.setInterval(std::chrono::hours(1));
    connect(&m_purgeTimer, &QTimer::timeout, this, &DeskComposition::purgeAbandonedIntakes);
    m_purgeTimer.start();
}

DeskComposition::~DeskComposition()
{
    // The window's pages refer to the services: close them first.
    m_shell.reset();
    m_window.reset();
}

void DeskComposition::purgeAbandonedIntakes()
{
    auto purged = m_people->purgeAbandonedIntakes();
    if (!purged)
        qCWarning(lcApp).noquote() << "intake purge:" << purged.error().toLogString();
    else if (*purged > 0)
        qCInfo(lcApp) << "purged abandoned intakes:" << *purged;
}

void DeskComposition::buildPages(ui::MainWindow &window, const security::Actor &actor)
{
    const catalogue::DeskInfo desk = deskInfo(m_database, m_clock);
    QList<std::pair<qint64, QString>> operators;
    for (const auto &account : m_accounts->operatorNames().valueOr({}))
        operators.append(account);
    if (operators.isEmpty())
        operators.append({actor.operatorId, actor.displayName});
    const auto notice = [this]() {
        return people::loadPrivacyNotice(m_database, m_clock).valueOr({});
    };

    const security::DeskIdentity identity
        = security::loadDeskIdentity(m_database, m_clock).valueOr({});
    auto *sessionPage = new ui::SessionPage({*m_people, *m_sessions, *m_referrals, *m_catalogue,
                                             m_clock, m_prompter, desk, actor,
                                             [notice]() { return notice().version; }, identity});
    window.addPage(u"session"_s, DesktopApp::tr("New session"), icon(QStyle::SP_FileIcon),
                   sessionPage);
    auto *followUps
        = new ui::FollowUpPage({*m_people, *m_sessions, *m_referrals, m_clock, actor, operators});
    window.addPage(u"followups"_s, DesktopApp::tr("To call back"),
                   icon(QStyle::SP_MessageBoxInformation), followUps);
    auto *referralsPage
        = new ui::ReferralsPage({*m_referrals, *m_people, *m_catalogue, m_clock, actor, operators});
    window.addPage(u"referrals"_s, DesktopApp::tr("Referrals"), icon(QStyle::SP_ArrowForward),
                   referralsPage);
    auto *personPage = new ui::PersonPage(
        {*m_people,
         *m_sessions,
         m_clock,
         m_prompter,
         actor,
         operators,
         notice,
         security::loadDeskIdentity(m_database, m_clock).valueOr({}),
         {},
         [this, actor](qint64 personId) {
             return people::PersonEraser(m_database, *m_vault, *m_audit, *m_people)
                 .erase(actor, personId);
         },
         m_referrals.get()});
    window.addPage(u"people"_s, DesktopApp::tr("People"), icon(QStyle::SP_FileDialogListView),
                   personPage);
    window.addPage(u"catalogue"_s, DesktopApp::tr("Catalogue"),
                   icon(QStyle::SP_FileDialogContentsView),
                   new ui::CataloguePage(
                       {*m_catalogue, *m_search, m_clock, m_prompter, desk, *m_editing, actor}));

    // Ctrl+N starts a session from anywhere in the window; it goes with the page at lock.
    auto *newSession = new QShortcut(QKeySequence::New, &window);
    newSession->setContext(Qt::WindowShortcut);
    connect(sessionPage, &QObject::destroyed, newSession, &QObject::deleteLater);
    connect(newSession, &QShortcut::activated, sessionPage, [&window, sessionPage]() {
        window.showPage(u"session"_s);
        sessionPage->startNew();
    });
    const QString followUpTitle = DesktopApp::tr("To call back");
    connect(followUps, &ui::FollowUpPage::countChanged, &window,
            [&window, followUpTitle](int dueNow) {
                window.setPageBadge(u"followups"_s, followUpTitle, dueNow);
            });
    connect(followUps, &ui::FollowUpPage::openPersonRequested, personPage,
            [&window, personPage](qint64 personId) {
                window.showPage(u"people"_s);
                personPage->showPerson(personId);
            });
    connect(sessionPage, &ui::SessionPage::sessionSaved, followUps, &ui::FollowUpPage::refresh);
    // Referrals: opened from the person's timeline and the queue, refreshed where they show.
    const auto openReferral = [&window, referralsPage](qint64 referralId) {
        window.showPage(u"referrals"_s);
        [[maybe_unused]] const bool shown = referralsPage->showReferral(referralId);
    };
    connect(personPage, &ui::PersonPage::openReferralRequested, referralsPage, openReferral);
    connect(followUps, &ui::FollowUpPage::openReferralRequested, referralsPage, openReferral);
    connect(referralsPage, &ui::ReferralsPage::openPersonRequested, personPage,
            [&window, personPage](qint64 personId) {
                window.showPage(u"people"_s);
                personPage->showPerson(personId);
            });
    connect(referralsPage, &ui::ReferralsPage::referralChanged, followUps,
            &ui::FollowUpPage::refresh);
    connect(referralsPage, &ui::ReferralsPage::letterRequested, referralsPage,
            [this, referralsPage, actor, identity](qint64 referralId) {
                ui::saveReferralLetter(referralsPage, *m_referrals, m_prompter, referralId,
                                       {actor, identity, m_clock.today(), m_catalogue.get()});
            });
    connect(sessionPage, &ui::SessionPage::referralCreated, referralsPage,
            [referralsPage, followUps] {
                referralsPage->refresh();
                followUps->refresh();
            });
    connect(&window, &ui::MainWindow::pageShown, referralsPage, [referralsPage](const QString &id) {
        if (id == u"referrals")
            referralsPage->refresh();
    });
    connect(personPage, &ui::PersonPage::personChanged, followUps, &ui::FollowUpPage::refresh);
    connect(&window, &ui::MainWindow::pageShown, followUps, [followUps](const QString &id) {
        if (id == u"followups")
            followUps->refresh();
    });
    // The page counted once already while it was built, before this connection existed.
    window.setPageBadge(u"followups"_s, followUpTitle, followUps->dueNow());
    if (security::allows(actor.role, security::Permission::ViewAudit)
        && m_authorizer->require(actor, security::Permission::ViewAudit)) {
        window.addPage(u"audit"_s, DesktopApp::tr("Audit log"),
                       icon(QStyle::SP_FileDialogDetailedView),
                       new ui::AuditPage(*m_audit, operators, {}));
    }
    if (security::allows(actor.role, security::Permission::ManageAccounts)) {
        auto *accountsPage = new ui::AccountsPage(
            *m_accounts, m_prompter, actor, security::idleLockMinutes(m_database, m_clock),
            [this, actor](int minutes) -> Status {
                auto saved = security::setIdleLockMinutes(m_database, m_clock, *m_authorizer, actor,
                                                          minutes);
                if (saved)
                    m_shell->lockController().setIdleMinutes(minutes);
                return saved;
            });
        accountsPage->addDeskAction(
            DesktopApp::tr("&Privacy notice and consent form…"), [this, actor, accountsPage]() {
                auto notice = people::loadPrivacyNotice(m_database, m_clock);
                if (!notice) {
                    m_prompter.warn(accountsPage, DesktopApp::tr("Privacy notice"),
                                    text::ErrorText::message(notice.error()));
                    return;
                }
                ui::PrivacyNoticeEditor editor(
                    *notice, security::loadDeskIdentity(m_database, m_clock).valueOr({}),
                    [this, actor](const QString &text) -> Status {
                        return people::savePrivacyNotice(m_database, m_clock, *m_authorizer, actor,
                                                         text);
                    },
                    m_prompter, accountsPage);
                editor.exec();
            });
        window.addPage(u"accounts"_s, DesktopApp::tr("Accounts"), icon(QStyle::SP_DirLinkIcon),
                       accountsPage);
    }
    window.addPage(u"home"_s, DesktopApp::tr("Profile"), icon(QStyle::SP_DirHomeIcon),
                   new ui::HomePage(m_summary));
}

} // namespace sportello::app
