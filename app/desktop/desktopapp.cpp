// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopapp.h"

#include "audit/audit.h"
#include "common/appsetup.h"
#include "common/keychainsecretstore.h"
#include "deskcomposition.h"
#include "icons.h"
#include "mainwindow.h"
#include "print/savepdf.h"
#include "prompter.h"
#include "security/deskshell.h"
#include "security/firstrunwizard.h"
#include "services/accountservice.h"
#include "services/deskservices.h"
#include "services/desksettings.h"
#include "services/searchcontroller.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "storage/recoveryslot.h"
#include "support/clock.h"
#include "support/logging.h"
#include "text/errortext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;

namespace sportello::app {

namespace {
void reportFatal(const QString &message, bool headless)
{
    std::cerr << message.toLocal8Bit().constData() << std::endl;
    if (!headless)
        QMessageBox::critical(nullptr, DesktopApp::tr("Sportello"), message);
}

// The password of a screenshot's login: one line on standard input, so it never shows in the
// process list or the shell's history.
QString passwordFromStandardInput()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

// A profile whose database key this computer's keychain does not hold (a backup restored on a
// new computer, a reset keyring) opens with the desk's recovery key, through the copy of the
// key sealed under it (decision 30); the key then goes back in the keychain, audited.
bool restoreKeyWithRecoveryKey(const QString &dataDir, crypto::SecretStore &secrets)
{
    QString problem;
    for (int attempt = 0; attempt < 3; ++attempt) {
        bool accepted = false;
        const QString recoveryKey = QInputDialog::getText(
            nullptr, DesktopApp::tr("Sportello"),
            problem
                + DesktopApp::tr("The key of this profile's database is not in this computer's "
                                 "keychain. Type the desk's recovery key (the one printed when "
                                 "the desk was set up) to open it:"),
            QLineEdit::Normal, QString(), &accepted);
        if (!accepted)
            return false;
        auto restored = storage::RecoverySlot::restoreKey(dataDir, recoveryKey, secrets);
        if (restored)
            return true;
        qCWarning(lcApp).noquote() << "key not restored:" << restored.error().toLogString();
        problem = (restored.error().code == ErrorCode::WrongCredentials
                       ? DesktopApp::tr("This is not the recovery key of this desk.")
                       : text::ErrorText::message(restored.error()))
            + u"\n\n"_s;
    }
    return false;
}

} // namespace

int DesktopApp::saveScreenshot(QWidget &widget, const QString &file)
{
    if (!widget.grab().save(file, "PNG")) {
        reportFatal(tr("Cannot write the screenshot to %1.").arg(file), true);
        return 1;
    }
    return 0;
}

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
    // The menu entry's name (packaging/linux): Wayland and the task bar match the window to it.
    QGuiApplication::setDesktopFileName(u"it.sportello.Sportello"_s);
    QApplication::setWindowIcon(ui::appIcon());

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
    const QCommandLineOption loginOption(
        u"login"_s,
        tr("With --screenshot on a demo profile: log in as <username>, reading the password from "
           "standard input."),
        tr("username"));
    parser.addOptions({dataDirOption, langOption, screenshotOption, pageOption, loginOption});
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
    KeychainSecretStore secrets; // the database key (decision 30)
    auto profile = storage::Profile::open(dataDir, secrets);
    bool keyRestored = false;
    if (!profile && profile.error().code == ErrorCode::DatabaseKeyMissing && !headless
        && storage::RecoverySlot::exists(dataDir) && restoreKeyWithRecoveryKey(dataDir, secrets)) {
        keyRestored = true;
        profile = storage::Profile::open(dataDir, secrets);
    }
    if (!profile) {
        qCWarning(lcApp).noquote() << "cannot open profile:" << profile.error().toLogString();
        reportFatal(text::ErrorText::message(profile.error()), headless);
        return 1;
    }

    const SystemClock clock;
    if (keyRestored) {
        if (auto audited
            = storage::AuditLog((*profile)->database(), clock)
                  .append(0, QString::fromLatin1(audit::kKeyRestored), u"profile"_s, QString());
            !audited)
            qCWarning(lcApp).noquote()
                << "key restore not audited:" << audited.error().toLogString();
    }
    ui::ProfileSummary summary;
    summary.dataDir = (*profile)->dataDir();
    summary.databasePath = (*profile)->database().filePath();
    summary.schemaVersion = (*profile)->database().schemaVersion();

    // Documents that name a person are saved, when the operator chooses to save one, inside the
    // profile by default: private to its user like the profile itself (decision 35).
    const QString documents = QDir((*profile)->dataDir()).filePath(u"documenti"_s);
    if (QDir().mkpath(documents))
        QFile::setPermissions(
            documents, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    ui::setDocumentsFolder(documents);

    ui::DialogPrompter prompter;
    // The hub is reached through the system's proxy settings (a 407 pauses the sync).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    DeskComposition desk((*profile)->database(), clock, secrets, prompter, summary);
    ui::MainWindow &window = desk.window();
    ui::DeskShell &shell = desk.shell();
    services::AccountService &accounts = desk.services().accounts();
    services::SearchController &searchController = desk.services().search();

    auto firstRun = accounts.needsFirstRun();
    if (!firstRun) {
        reportFatal(text::ErrorText::message(firstRun.error()), headless);
        return 1;
    }
    shell.start();
    if (headless && parser.isSet(loginOption)) {
        // A screenshot of the working screens, for the manual and for developers: only of a
        // demo profile, so a desk's real records are never written to a picture file.
        if (!desk.services().settings().isDemoProfile().valueOr(false)) {
            reportFatal(tr("--login works only on a demo profile: the records of a real desk are "
                           "never rendered to a file."),
                        true);
            return 2;
        }
        // Logs in as the operator named, like the login panel.
        auto actor = accounts.login(parser.value(loginOption), passwordFromStandardInput());
        if (!actor) {
            reportFatal(text::ErrorText::message(actor.error()), true);
            return 1;
        }
        shell.enter(*actor);
    } else if (*firstRun) {
        ui::FirstRunWizard wizard(accounts, prompter);
        if (headless) {
            // A new profile opens on the wizard: that is what the picture shows (the installed
            // package's smoke test looks at it).
            wizard.show();
            QCoreApplication::processEvents();
            return saveScreenshot(wizard, parser.value(screenshotOption));
        }
        if (prompter.runDialog(wizard) != QDialog::Accepted || !wizard.coordinator())
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
        QObject::connect(&searchController, &services::SearchController::searchFinished, &settle,
                         [&settle](quint64, const search::Response &response) {
                             if (!response.superseded)
                                 QTimer::singleShot(50, &settle, &QEventLoop::quit);
                         });
        settle.exec();
        QCoreApplication::processEvents();
        return saveScreenshot(window, parser.value(screenshotOption));
    }

    window.resize(1280, 800);
    window.show();
    desk.startSync();
    return application.exec();
}

} // namespace sportello::app
