// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopapp.h"

#include "common/appsetup.h"
#include "demo/demoprofile.h"
#include "deskcomposition.h"
#include "mainwindow.h"
#include "prompter.h"
#include "search/searchcontroller.h"
#include "security/accountservice.h"
#include "security/deskshell.h"
#include "security/firstrunwizard.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "support/clock.h"
#include "support/logging.h"
#include "text/errortext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QMessageBox>
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
    const QCommandLineOption pageOption(
        u"page"_s,
        tr("With --screenshot: show the page <id> (session, followups, people, catalogue…)."),
        tr("id"));
    parser.addOptions({dataDirOption, langOption, screenshotOption, pageOption});
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

    ui::DialogPrompter prompter;
    DeskComposition desk((*profile)->database(), clock, prompter, summary);
    ui::MainWindow &window = desk.window();
    ui::DeskShell &shell = desk.shell();
    security::AccountService &accounts = desk.accounts();
    search::SearchController &searchController = desk.search();

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
        if (parser.isSet(pageOption))
            window.showPage(parser.value(pageOption));
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
