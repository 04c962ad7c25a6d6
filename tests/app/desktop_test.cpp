// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real desktop executable in its --screenshot mode.
#include "testhelpers.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("sportello --screenshot renders the main window at 1280x800 without a display",
          "[app][desktop]")
{
    sportello::test::TempDir dir;
    const QString shot = dir.filePath(u"shot.png"_s);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    process.setProcessEnvironment(env);
    process.start(sportello::test::desktopExecutable(),
                  {u"--data-dir"_s, dir.filePath(u"profile"_s), u"--lang"_s, u"it"_s,
                   u"--screenshot"_s, shot});
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);

    const QImage image(shot);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 1280);
    CHECK(image.height() == 800);
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
    process.start(sportello::test::desktopExecutable(),
                  {u"--data-dir"_s, blocker.fileName(), u"--lang"_s, u"en"_s, u"--screenshot"_s,
                   dir.filePath(u"x.png"_s)});
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 1);
    CHECK(QString::fromUtf8(process.readAllStandardError()).contains(u"cannot be created"_s));
    CHECK_FALSE(QFile::exists(dir.filePath(u"x.png"_s)));
}
