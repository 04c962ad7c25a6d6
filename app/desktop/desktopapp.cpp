// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopapp.h"

#include "audit/auditpage.h"
#include "catalogue/cataloguepage.h"
#include "common/appsetup.h"
#include "demo/demoprofile.h"
#include "homepage.h"
#include "mainwindow.h"
#include "people/peopleservice.h"
#include "people/sessionservice.h"
#include "prompter.h"
#include "search/searchcontroller.h"
#include "security/accountservice.h"
#include "security/accountspage.h"
#include "security/deskshell.h"
#include "security/firstrunwizard.h"
#include "security/guardedcatalogue.h"
#include "security/lockcontroller.h"
#include "security/vault.h"
#include "storage/auditlog.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "support/clock.h"
#include "support/logging.h"
#include "text/errortext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QMessageBox>
#include <QStyle>
#include <QTimer>

#include <cstring>
#include <iostream>

using namespace Qt::StringLiterals;

namespace sportello::app {

namespace {
void reportFatal(const QString &message, bool headless)
{
    std::cerr << message.toLocal8Bit().constData() << std::endl;
    if (!headless)
        QMessageBox::critical(nullptr, DesktopApp::tr("Sportello"), message);
}

// The desk as handouts print it; read at each login, since the first-run wizard sets it.
catalogue::DeskInfo deskInfo(storage::Database &database, const Clock &clock)
{
    const auto identity = security::loadDeskIdentity(database, clock);
    return identity ? catalogue::DeskInfo {identity->name, identity->contacts}
                    : catalogue::DeskInfo {};
}

} // namespace

bool DesktopApp::wantsScreenshot(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0
            || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

int DesktopApp::run(QApplication &application)
{
    setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sportello: help-desk software for the social-services "
                                        "network."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(u"data-dir"_s, tr("Use the profile in <dir>."),
                                           tr("dir"));
    const QCommandLineOption langOption(u"lang"_s, tr("Interface language: it or en."),
                                        tr("language"));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, tr("Render the main window at 1280×800 to <file> (PNG) and exit."),
        tr("file"));
    parser.addOptions({dataDirOption, langOption, screenshotOption});
    parser.process(application);

    const bool headless = parser.isSet(screenshotOption);
    const QString language = chooseLanguage(parser.value(langOption), QLocale::system());
    if (language.isEmpty()) {
        reportFatal(tr("Unknown language \"%1\": use it or en.").arg(parser.value(langOption)),
                    true);
        return 2;
    }
    installTranslations(application, language);

    const QString dataDir = parser.isSet(dataDirOption) ? parser.value(dataDirOption)
                                                        : storage::Profile::defaultDataDir();
    auto profile = storage::Profile::open(dataDir);
    if (!profile) {
        qCWarning(lcApp).noquote() << "cannot open profile:" << profile.error().toLogString();
        reportFatal(text::ErrorText::message(profile.error()), headless);
        return 1;
    }

    const SystemClock clock;
    auto demoState = demo::demoState(**profile, clock);
    ui::ProfileSummary summary;
    summary.dataDir = (*profile)->dataDir();
    summary.databasePath = (*profile)->database().filePath();
    summary.schemaVersion = (*profile)->database().schemaVersion();
    summary.demo = demoState.ok() && *demoState != demo::DemoState::Absent
        && *demoState != demo::DemoState::RealDesk;

    storage::Database &database = (*profile)->database();
    storage::CatalogueRepository catalogue(database, clock);
    search::SearchController searchController(
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
    QObject::connect(&searchController, &search::SearchController::reloadFailed, &application,
                     [](const Error &error) {
                         qCWarning(lcApp).noquote() << "search index:" << error.toLogString();
                     });
    searchController.reload();

    security::Vault vault(database, clock);
    storage::AuditLog audit(database, clock);
    security::AccountService accounts(database, vault, audit, clock);
    security::Authorizer authorizer(audit);
    security::GuardedCatalogue editing(catalogue, authorizer);
    people::PeopleService people(database, vault, audit, clock);
    people::SessionService sessions(database, vault, audit, clock);
    // Intakes abandoned without consent go after 72 hours: checked now and every hour.
    const auto purgeIntakes = [&people]() {
        if (auto purged = people.purgeAbandonedIntakes(); !purged)
            qCWarning(lcApp).noquote() << "intake purge:" << purged.error().toLogString();
        else if (*purged > 0)
            qCInfo(lcApp) << "purged abandoned intakes:" << *purged;
    };
    purgeIntakes();
    QTimer purgeTimer;
    purgeTimer.setInterval(std::chrono::hours(1));
    QObject::connect(&purgeTimer, &QTimer::timeout, &application, purgeIntakes);
    purgeTimer.start();

    ui::DialogPrompter prompter;
    ui::MainWindow window(summary);
    ui::DeskShell *deskShell = nullptr; // set below; pages are only built once it exists
    // The pages an operator may use, built afresh at every login.
    const auto buildPages = [&](ui::MainWindow &w, const security::Actor &actor) {
        w.addPage(u"catalogue"_s, tr("Catalogue"),
                  application.style()->standardIcon(QStyle::SP_FileDialogContentsView),
                  new ui::CataloguePage({catalogue, searchController, clock, prompter,
                                         deskInfo(database, clock), editing, actor}));
        if (security::allows(actor.role, security::Permission::ViewAudit)
            && authorizer.require(actor, security::Permission::ViewAudit)) {
            QList<std::pair<qint64, QString>> operators;
            for (const auto &account : accounts.accounts(actor).valueOr({}))
                operators.append({account.id, account.displayName});
            w.addPage(u"audit"_s, tr("Audit log"),
                      application.style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                      new ui::AuditPage(audit, operators, {}));
        }
        if (security::allows(actor.role, security::Permission::ManageAccounts))
            w.addPage(u"accounts"_s, tr("Accounts"),
                      application.style()->standardIcon(QStyle::SP_DirLinkIcon),
                      new ui::AccountsPage(
                          accounts, prompter, actor, security::idleLockMinutes(database, clock),
                          [&, actor](int minutes) -> Status {
                              auto saved = security::setIdleLockMinutes(database, clock, authorizer,
                                                                        actor, minutes);
                              if (saved)
                                  deskShell->lockController().setIdleMinutes(minutes);
                              return saved;
                          }));
        w.addPage(u"home"_s, tr("Profile"),
                  application.style()->standardIcon(QStyle::SP_DirHomeIcon),
                  new ui::HomePage(summary));
    };
    ui::DeskShell shell(window, {accounts, vault, audit, clock, prompter}, buildPages);
    deskShell = &shell;
    // The decrypted names of the person search must not outlive the key.
    QObject::connect(&shell, &ui::DeskShell::locked, &application,
                     [&people]() { people.forget(); });
    shell.lockController().setIdleMinutes(security::idleLockMinutes(database, clock));

    auto firstRun = accounts.needsFirstRun();
    if (!firstRun) {
        reportFatal(text::ErrorText::message(firstRun.error()), headless);
        return 1;
    }
    shell.start();
    if (headless && summary.demo) {
        // Screenshots of the demo show the working screens: log in its public demo account.
        const demo::DemoAccount &lead = demo::kDemoAccounts[0];
        if (auto actor
            = accounts.login(QString::fromUtf8(lead.username), QString::fromUtf8(lead.password)))
            shell.enter(*actor);
    } else if (*firstRun && !headless) {
        ui::FirstRunWizard wizard(accounts);
        if (wizard.exec() != QDialog::Accepted || !wizard.coordinator())
            return 0;
        shell.enter(*wizard.coordinator());
    }

    if (headless) {
        window.resize(1280, 800);
        window.show();
        // Let the first search come back so the screenshot shows real content.
        QEventLoop settle;
        QTimer::singleShot(3000, &settle, &QEventLoop::quit);
        QObject::connect(&searchController, &search::SearchController::searchFinished, &settle,
                         [&settle](quint64, const search::Response &response) {
                             if (!response.superseded)
                                 QTimer::singleShot(50, &settle, &QEventLoop::quit);
                         });
        settle.exec();
        QCoreApplication::processEvents();
        const QString file = parser.value(screenshotOption);
        if (!window.grab().save(file, "PNG")) {
            reportFatal(tr("Cannot write the screenshot to %1.").arg(file), true);
            return 1;
        }
        return 0;
    }

    window.resize(1280, 800);
    window.show();
    return application.exec();
}

} // namespace sportello::app
