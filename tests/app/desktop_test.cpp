// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real desktop executable in its --screenshot mode.
#include "appkeychain.h"
#include "demo/demoprofile.h"
#include "services/accountservice.h"
#include "services/deskservices.h"
#include "storage/profile.h"
#include "testhelpers.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;

namespace {

// Runs the desktop executable headless with `arguments`, writing `input` to its standard input.
struct Run
{
    int exitCode = -1;
    QString err;
};

// The desktop program as a person starts it without a display: it picks the offscreen platform
// itself, whose Qt 6.4 warns on every window with a size constraint, so its warnings are not
// fatal here (the widget suites run with them fatal on Xvfb).
QProcessEnvironment headlessDesktop()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_FATAL_WARNINGS"_s);
    return env;
}

Run runDesktop(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(headlessDesktop());
    process.start(sportello::test::desktopExecutable(), arguments);
    REQUIRE(process.waitForStarted(30000));
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

// Creates the demo profile with the command line, as ./dev run does.
void makeDemo(const QString &dataDir)
{
    QProcess cli;
    cli.start(sportello::test::cliExecutable(), {u"--data-dir"_s, dataDir, u"demo"_s});
    REQUIRE(cli.waitForFinished(120000));
    REQUIRE(cli.exitCode() == 0);
}

} // namespace

TEST_CASE("sportello --screenshot of a new profile renders the first-run wizard, without a "
          "display",
          "[app][desktop]")
{
    sportello::test::TempDir dir;
    const QString shot = dir.filePath(u"shot.png"_s);
    const Run run = runDesktop({u"--data-dir"_s, dir.filePath(u"profile"_s), u"--lang"_s, u"it"_s,
                                u"--screenshot"_s, shot});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);

    const QImage image(shot);
    REQUIRE_FALSE(image.isNull());
    // The wizard a new desk opens on, not the 1280×800 main window behind it.
    CHECK(image.width() < 1280);
    CHECK(image.height() < 800);
    CHECK(image.width() >= 400);
    // Not a blank canvas: a rendered window has many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 8)
        for (int x = 0; x < image.width(); x += 8)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 10);
}

TEST_CASE("sportello reports a profile it cannot open and exits non-zero", "[app][desktop]")
{
    sportello::test::TempDir dir;
    QFile blocker(dir.filePath(u"file"_s));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QProcess process;
    process.setProcessEnvironment(headlessDesktop());
    process.start(sportello::test::desktopExecutable(),
                  {u"--data-dir"_s, blocker.fileName(), u"--lang"_s, u"en"_s, u"--screenshot"_s,
                   dir.filePath(u"x.png"_s)});
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 1);
    CHECK(QString::fromUtf8(process.readAllStandardError()).contains(u"cannot be created"_s));
    CHECK_FALSE(QFile::exists(dir.filePath(u"x.png"_s)));
}

TEST_CASE("a screenshot of the working screens logs in with the password on standard input",
          "[app][desktop]")
{
    sportello::test::TempDir dir;
    const QString profile = dir.filePath(u"demo"_s);
    makeDemo(profile);
    const sportello::demo::DemoAccount &lead = sportello::demo::kDemoAccounts[0];
    const QString locked = dir.filePath(u"locked.png"_s);
    const QString working = dir.filePath(u"working.png"_s);

    // Without --login the desk shows its login screen, like any desk after start.
    Run plain = runDesktop({u"--data-dir"_s, profile, u"--lang"_s, u"en"_s, u"--screenshot"_s,
                            locked, u"--page"_s, u"referrals"_s});
    CHECK(plain.exitCode == 0);
    const Run run
        = runDesktop({u"--data-dir"_s, profile, u"--lang"_s, u"en"_s, u"--screenshot"_s, working,
                      u"--page"_s, u"referrals"_s, u"--login"_s, QString::fromUtf8(lead.username)},
                     QByteArray(lead.password) + '\n');
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    const QImage before(locked);
    const QImage after(working);
    REQUIRE_FALSE(before.isNull());
    REQUIRE_FALSE(after.isNull());
    CHECK(before.size() == QSize(1280, 800)); // the main window
    CHECK(after.size() == QSize(1280, 800));
    CHECK(before != after);

    // A wrong password is refused in words, and no picture is written.
    const QString refused = dir.filePath(u"refused.png"_s);
    const Run wrong = runDesktop({u"--data-dir"_s, profile, u"--lang"_s, u"en"_s, u"--screenshot"_s,
                                  refused, u"--login"_s, QString::fromUtf8(lead.username)},
                                 "not the password\n");
    CHECK(wrong.exitCode == 1);
    CHECK_FALSE(wrong.err.isEmpty());
    CHECK_FALSE(wrong.err.contains(u"not the password"_s));
    CHECK_FALSE(QFile::exists(refused));
}

TEST_CASE("a screenshot never logs into a real desk's profile", "[app][desktop]")
{
    sportello::test::TempDir dir;
    const QString profile = dir.filePath(u"desk"_s);
    {
        // A real desk: set up by its first run, not by the demo.
        sportello::test::FakeClock clock;
        auto opened = sportello::storage::Profile::open(profile, sportello::test::keychain());
        REQUIRE(opened.ok());
        sportello::services::DeskServices desk((*opened)->database(), clock);
        REQUIRE(desk.accounts()
                    .firstRun({u"Centro"_s, u"Caritas"_s, u"015175"_s, u"C1"_s, {}}, u"anna"_s,
                              u"Anna"_s, u"una frase lunga da ricordare"_s)
                    .ok());
    }
    const QString shot = dir.filePath(u"desk.png"_s);
    const Run run = runDesktop({u"--data-dir"_s, profile, u"--lang"_s, u"en"_s, u"--screenshot"_s,
                                shot, u"--login"_s, u"anna"_s},
                               "una frase lunga da ricordare\n");
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"demo profile"_s));
    CHECK_FALSE(QFile::exists(shot));
}

TEST_CASE("the desktop executable carries none of the demo accounts' passwords", "[app][desktop]")
{
    QFile binary(sportello::test::desktopExecutable());
    REQUIRE(binary.open(QIODevice::ReadOnly));
    const QByteArray bytes = binary.readAll();
    REQUIRE(bytes.size() > 100000);
    QFile cli(sportello::test::cliExecutable());
    REQUIRE(cli.open(QIODevice::ReadOnly));
    const QByteArray cliBytes = cli.readAll();
    for (const sportello::demo::DemoAccount &account : sportello::demo::kDemoAccounts) {
        INFO(account.username);
        CHECK_FALSE(bytes.contains(account.password));
        // The command line, which makes demo profiles, does carry them: the check can fail.
        CHECK(cliBytes.contains(account.password));
    }
}
