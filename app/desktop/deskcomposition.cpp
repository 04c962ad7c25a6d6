// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskcomposition.h"

#include "audit/auditpage.h"
#include "backup/backuppage.h"
#include "board/boardpage.h"
#include "catalogue/cataloguepage.h"
#include "catalogue/coordinatorbar.h"
#include "catalogue/taxonomy.h"
#include "desktopapp.h"
#include "followups/followuppage.h"
#include "icons.h"
#include "mainwindow.h"
#include "network/boardfetch.h"
#include "network/districtreportfetch.h"
#include "people/personpage.h"
#include "privacy/privacynoticeeditor.h"
#include "prompter.h"
#include "referrals/receivedpage.h"
#include "referrals/referralactions.h"
#include "referrals/referralspage.h"
#include "reports/districtview.h"
#include "reports/reportpage.h"
#include "security/accountspage.h"
#include "security/deskshell.h"
#include "security/lockcontroller.h"
#include "services/accountservice.h"
#include "services/backuprunner.h"
#include "services/boardservice.h"
#include "services/catalogueservice.h"
#include "services/changenotifier.h"
#include "services/deskservices.h"
#include "services/desksettings.h"
#include "services/desktoday.h"
#include "services/networkservice.h"
#include "services/outboxservice.h"
#include "services/peopleservice.h"
#include "services/personeraser.h"
#include "services/referralservice.h"
#include "services/reportrunner.h"
#include "services/retentionservice.h"
#include "services/searchcontroller.h"
#include "services/sessionservice.h"
#include "sessions/personpanel.h"
#include "sessions/sessionpage.h"
#include "support/clock.h"
#include "support/logging.h"
#include "support/threadpriority.h"
#include "sync/syncpage.h"
#include "sync/syncstatuswidget.h"
#include "text/errortext.h"
#include "today/todaypage.h"

#include <QApplication>
#include <QShortcut>
#include <QTabWidget>

#include <chrono>

using namespace Qt::StringLiterals;

namespace sportello::app {

using ui::Icon;
using ui::icon;

DeskComposition::DeskComposition(storage::Database &database, const Clock &clock,
                                 crypto::SecretStore &secrets, ui::Prompter &prompter,
                                 const ui::ProfileSummary &summary,
                                 sync::SyncController::Options syncOptions, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_prompter(prompter)
    , m_summary(summary)
    , m_services(std::make_unique<services::DeskServices>(database, clock))
    , m_network(std::make_unique<services::NetworkService>(m_services->context(), secrets))
    , m_networkFactory(syncOptions.network ? syncOptions.network : sync::systemNetwork())
{
    // The sync thread has its own services on the same database; its commits reach the pages
    // through this set's notifier.
    syncOptions.network = m_networkFactory;
    syncOptions.notifier = &m_services->notifier();
    m_sync
        = std::make_unique<sync::SyncController>(database, clock, secrets, std::move(syncOptions));
    // The search thread starts now, so the catalogue is ready by the time someone logs in.
    [[maybe_unused]] services::SearchController &search = m_services->search();
    // A demo profile says so on every screen: its data are made up.
    m_summary.demo = m_services->settings().isDemoProfile().valueOr(false);

    m_window = std::make_unique<ui::MainWindow>(m_summary);
    m_shell = std::make_unique<ui::DeskShell>(
        *m_window, ui::DeskShell::Services {*m_services, clock, prompter},
        [this](ui::MainWindow &window, const security::Actor &actor) {
            buildPages(window, actor);
        });
    m_window->addStatusWidget(new ui::SyncStatusWidget(
        {*m_network, m_services->notifier(), *m_sync, clock}, m_window.get()));
    services::DeskSettings &settings = m_services->settings();
    m_shell->lockController().setIdleMinutes(settings.idleLockMinutes());
    connect(&m_services->notifier(), &services::ChangeNotifier::deskSettingsChanged, m_shell.get(),
            [this, &settings] {
                m_shell->lockController().setIdleMinutes(settings.idleLockMinutes());
            });

    // Housekeeping needs no login (nothing sealed is read), so it runs before anyone signs in:
    // abandoned intakes then every hour, retention then once a day for a desk left running.
    housekeeping({true, true});
    m_purgeTimer.setInterval(std::chrono::hours(1));
    connect(&m_purgeTimer, &QTimer::timeout, this, &DeskComposition::purgeAbandonedIntakes);
    m_purgeTimer.start();
    m_retentionTimer.setInterval(std::chrono::hours(24));
    connect(&m_retentionTimer, &QTimer::timeout, this, &DeskComposition::applyRetention);
    m_retentionTimer.start();

    // The schedule's first look comes a few minutes after start, when the desk is in use and
    // the catalogue loaded; a stick inserted later is found at a later look.
    m_backups = std::make_unique<services::BackupRunner>(m_services->context());
    m_today = std::make_unique<services::DeskToday>(m_services->context(), m_services->sessions(),
                                                    m_services->referrals());
    m_backupTimer.setInterval(std::chrono::minutes(10));
    connect(&m_backupTimer, &QTimer::timeout, this, &DeskComposition::backUpIfDue);
    m_backupTimer.start();
}

DeskComposition::~DeskComposition()
{
    if (m_housekeepingScan)
        m_housekeepingScan->wait();
    // The window's pages refer to the services and the sync: close them first, then stop the
    // sync thread before the services go.
    m_shell.reset();
    m_window.reset();
    m_backups.reset();
    m_today.reset();
    m_sync.reset();
}

void DeskComposition::startSync()
{
    m_sync->start();
    // A login is a good moment to look: the operator sees the state of the link fresh.
    connect(m_shell.get(), &ui::DeskShell::unlocked, m_sync.get(),
            &sync::SyncController::requestRound, Qt::UniqueConnection);
}

void DeskComposition::purgeAbandonedIntakes()
{
    housekeeping({true, false});
}

void DeskComposition::applyRetention()
{
    housekeeping({false, true});
}

void DeskComposition::backUpIfDue()
{
    if (m_backups->runIfDue())
        qCInfo(lcApp) << "scheduled backup started";
}

void DeskComposition::housekeeping(Housekeeping jobs)
{
    // What is due takes a pass over every person (seconds at 200,000 for retention): on a
    // thread of its own, with its own connection, so the window comes up at once. The removal —
    // usually of a few people, each checked again — runs here, with the services that keep the
    // person directory. A run asked for while one is going waits for its timer's next turn.
    if (m_housekeepingScan && m_housekeepingScan->isRunning())
        return;
    services::PeopleService &people = m_services->people();
    services::RetentionService &retention = m_services->retention();
    m_housekeepingScan.reset(QThread::create([this, &people, &retention, jobs] {
        lowerCurrentThreadPriority();
        const auto abandoned
            = jobs.intakes ? people.abandonedIntakes() : Result<QList<qint64>>(QList<qint64> {});
        const auto due = jobs.retention
            ? retention.due()
            : Result<services::RetentionService::Due>(services::RetentionService::Due {});
        QMetaObject::invokeMethod(this, [this, abandoned, due] {
            auto purged = abandoned ? m_services->people().purgeAbandonedIntakes(*abandoned)
                                    : Result<int>(abandoned.error());
            if (!purged)
                qCWarning(lcApp).noquote() << "intake purge:" << purged.error().toLogString();
            else if (*purged > 0)
                qCInfo(lcApp) << "purged abandoned intakes:" << *purged;
            auto report = due ? m_services->retention().purge(*due)
                              : Result<services::RetentionReport>(due.error());
            if (!report)
                qCWarning(lcApp).noquote() << "retention:" << report.error().toLogString();
            else if (!report->isEmpty())
                qCInfo(lcApp).noquote() << "retention:" << report->summary();
        });
    }));
    m_housekeepingScan->setObjectName(u"housekeeping"_s);
    m_housekeepingScan->start();
}

void DeskComposition::addBoardPage(ui::MainWindow &window, const security::Actor &actor,
                                   ui::SessionPage &sessionPage)
{
    // The board for the person at the counter: the district's comuni to choose from, the
    // board read from the hub on request, the person open on the Session page.
    QList<QPair<QString, QString>> comuni;
    for (const QString &code : m_services->settings().district().valueOr({}).comuni)
        comuni.append(
            {code, catalogue::Taxonomy::italianLabel(catalogue::Taxonomy::comuni(), code)});
    auto *fetch = new sync::BoardFetch(*m_network, m_networkFactory, m_clock);
    auto *boardPage = new ui::BoardPage(
        {m_services->board(), *fetch, m_services->notifier(), m_prompter, actor, comuni});
    fetch->setParent(boardPage);
    window.addPage(u"board"_s, DesktopApp::tr("Neighbourhood board"), icon(Icon::Board), boardPage);
    ui::PersonPanel *panel = sessionPage.personPanel();
    const auto follow = [boardPage, panel] {
        boardPage->setPerson(panel->personId(), panel->displayName());
    };
    connect(panel, &ui::PersonPanel::personChanged, boardPage, follow);
    // A new person has an id once the session that records them is saved.
    connect(&sessionPage, &ui::SessionPage::sessionSaved, boardPage, follow);
    follow();
}

void DeskComposition::buildPages(ui::MainWindow &window, const security::Actor &actor)
{
    services::DeskServices &desk = *m_services;
    services::ChangeNotifier &changes = desk.notifier();
    services::DeskSettings &settings = desk.settings();
    // The desk's identity is read at each login: the first-run wizard sets it.
    const security::DeskIdentity identity = settings.identity().valueOr({});
    const catalogue::DeskInfo deskInfo {identity.name, identity.contacts};
    QList<std::pair<qint64, QString>> operators;
    for (const auto &account : desk.accounts().operatorNames().valueOr({}))
        operators.append(account);
    if (operators.isEmpty())
        operators.append({actor.operatorId, actor.displayName});
    const auto notice = [&settings]() {
        return settings.privacyNotice().valueOr({});
    };

    // The desk's today comes first: it is the page after login.
    auto *todayPage = new ui::TodayPage(
        {*m_today, desk.backups(), *m_network, changes, m_clock, actor, m_summary, identity.name,
         security::allows(actor.role, security::Permission::RecordSessions)
             ? new sync::BoardFetch(*m_network, m_networkFactory, m_clock)
             : nullptr,
         [&window](const QString &id) {
             return window.pageIds().contains(id);
         }});
    window.addPage(u"today"_s, DesktopApp::tr("Today"), icon(Icon::Today), todayPage);
    connect(todayPage, &ui::TodayPage::openPageRequested, &window,
            [&window](const QString &id) { window.showPage(id); });

    auto *sessionPage
        = new ui::SessionPage({desk.people(), desk.sessions(), desk.referrals(), desk.catalogue(),
                               desk.search(), changes, m_clock, m_prompter, deskInfo, actor,
                               [notice]() { return notice().version; }, identity, &desk.files()});
    window.addPage(u"session"_s, DesktopApp::tr("New session"), icon(Icon::Session), sessionPage);
    auto *followUps = new ui::FollowUpPage(
        {desk.people(), desk.sessions(), desk.referrals(), changes, m_clock, actor, operators});
    window.addPage(u"followups"_s, DesktopApp::tr("To call back"), icon(Icon::FollowUps),
                   followUps);
    auto *referralsPage = new ui::ReferralsPage(
        {desk.referrals(), desk.people(), desk.catalogue(), changes, m_clock, actor, operators});
    window.addPage(u"referrals"_s, DesktopApp::tr("Referrals"), icon(Icon::Referrals),
                   referralsPage);
    window.addPage(u"received"_s, DesktopApp::tr("Referrals received"), icon(Icon::Received),
                   new ui::ReceivedReferralsPage({desk.inbox(), changes, m_prompter, actor}));
    if (security::allows(actor.role, security::Permission::RecordSessions))
        addBoardPage(window, actor, *sessionPage);
    auto *personPage = new ui::PersonPage(
        {desk.people(), desk.sessions(), desk.referrals(), desk.eraser(), desk.subjectAccess(),
         changes, m_clock, m_prompter, actor, operators, notice, identity, &desk.files()});
    window.addPage(u"people"_s, DesktopApp::tr("People"), icon(Icon::People), personPage);
    auto *cataloguePage = new ui::CataloguePage(
        {desk.catalogue(), desk.search(), m_clock, m_prompter, deskInfo, actor});
    if (ui::CoordinatorBar *bar = cataloguePage->coordinatorBar())
        bar->setNetworkCatalogue(&desk.networkCatalogue());
    window.addPage(u"catalogue"_s, DesktopApp::tr("Catalogue"), icon(Icon::Catalogue),
                   cataloguePage);

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
    const auto openPerson = [&window, personPage](qint64 personId) {
        window.showPage(u"people"_s);
        personPage->showPerson(personId);
    };
    connect(followUps, &ui::FollowUpPage::openPersonRequested, personPage, openPerson);
    connect(referralsPage, &ui::ReferralsPage::openPersonRequested, personPage, openPerson);
    const auto openReferral = [&window, referralsPage](qint64 referralId) {
        window.showPage(u"referrals"_s);
        [[maybe_unused]] const bool shown = referralsPage->showReferral(referralId);
    };
    connect(personPage, &ui::PersonPage::openReferralRequested, referralsPage, openReferral);
    connect(followUps, &ui::FollowUpPage::openReferralRequested, referralsPage, openReferral);
    connect(referralsPage, &ui::ReferralsPage::letterRequested, referralsPage,
            [this, referralsPage, actor, identity](qint64 referralId) {
                ui::deliverReferralLetter(referralsPage, m_services->referrals(), m_prompter,
                                          referralId,
                                          {actor, identity, m_clock.today(),
                                           &m_services->catalogue(), &m_services->files()});
            });
    // The follow-ups and referrals pages read their lists when shown (the day may have turned
    // since), and while hidden follow only the count of what is due.
    // The page counted once already while it was built, before this connection existed.
    window.setPageBadge(u"followups"_s, followUpTitle, followUps->dueNow());
    if (security::allows(actor.role, security::Permission::ViewReports)) {
        // The runner's thread uses the desk's database: it goes with the page, before them.
        auto *runner = new services::ReportRunner(desk.context());
        auto *reportPage = new ui::ReportPage(
            {*runner, m_clock, m_prompter, actor, settings.identity().valueOr({}).name, settings});
        runner->setParent(reportPage);
        // The desk's own report, and the district's as the hub gives it to a coordinator's desk.
        auto *tabs = new QTabWidget;
        tabs->setObjectName(u"reportTabs"_s);
        tabs->addTab(reportPage, DesktopApp::tr("Desk"));
        auto *fetch = new sync::DistrictReportFetch(*m_network, m_networkFactory, m_clock);
        auto *districtView = new ui::DistrictView({*fetch, m_clock, m_prompter});
        fetch->setParent(districtView);
        tabs->addTab(districtView, DesktopApp::tr("District"));
        window.addPage(u"reports"_s, DesktopApp::tr("Reports"), icon(Icon::Reports), tabs);
    }
    if (security::allows(actor.role, security::Permission::ViewAudit)) {
        window.addPage(u"audit"_s, DesktopApp::tr("Audit log"), icon(Icon::Audit),
                       new ui::AuditPage(desk.audit(), actor, operators, {}));
    }
    if (security::allows(actor.role, security::Permission::ManageAccounts)) {
        auto *accountsPage
            = new ui::AccountsPage({desk.accounts(), settings, changes, m_prompter, actor});
        accountsPage->addDeskAction(DesktopApp::tr("&Privacy notice and consent form…"),
                                    [this, &settings, actor, accountsPage]() {
                                        auto notice = settings.privacyNotice();
                                        if (!notice) {
                                            m_prompter.warn(
                                                accountsPage, DesktopApp::tr("Privacy notice"),
                                                text::ErrorText::message(notice.error()));
                                            return;
                                        }
                                        ui::PrivacyNoticeEditor editor(
                                            *notice, settings.identity().valueOr({}),
                                            [&settings, actor](const QString &text) -> Status {
                                                return settings.savePrivacyNotice(actor, text);
                                            },
                                            m_prompter, accountsPage);
                                        m_prompter.runDialog(editor);
                                    });
        window.addPage(u"accounts"_s, DesktopApp::tr("Accounts"), icon(Icon::Accounts),
                       accountsPage);
    }
    if (security::allows(actor.role, security::Permission::ConfigureDesk)) {
        window.addPage(
            u"backup"_s, DesktopApp::tr("Backup"), icon(Icon::Backup),
            new ui::BackupPage({desk.backups(), *m_backups, changes, m_clock, m_prompter, actor}));
    }
    // Every operator sees the link with the hub; only coordinators act on it.
    window.addPage(u"sync"_s, DesktopApp::tr("Synchronization"), icon(Icon::Sync),
                   new ui::SyncPage({*m_network, desk.outbox(), changes, *m_sync, m_networkFactory,
                                     m_clock, m_prompter, actor}));
}

} // namespace sportello::app
