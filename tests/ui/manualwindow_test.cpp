// SPDX-License-Identifier: GPL-3.0-or-later
// The manual shipped inside the program (issue 18, point 4): F1 opens the part about the page
// on screen, in the interface's language, offline; every picture and link it names is there.
#include "help/manualwindow.h"
#include "mainwindow.h"

#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTextBrowser>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using namespace sportello;

namespace {

struct LocaleGuard
{
    QLocale saved;
    explicit LocaleGuard(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleGuard() { QLocale::setDefault(saved); }
};

// The targets of the Markdown images and links in `text`.
QStringList targets(const QString &text)
{
    QStringList found;
    static const QRegularExpression link(u"\\]\\(([^)\\s#]+)(#[^)]*)?\\)"_s);
    for (const auto &match : link.globalMatch(text))
        found.append(match.captured(1));
    return found;
}

} // namespace

TEST_CASE("the manual's parts are compiled in, and every picture and link they name exists",
          "[ui][manual]")
{
    QStringList parts;
    QDirIterator files(u":/manuale"_s, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        parts.append(files.next());
    parts.sort();
    CHECK(parts.contains(u":/manuale/it/index.md"_s));
    CHECK(parts.contains(u":/manuale/it/volontari.md"_s));
    CHECK(parts.contains(u":/manuale/it/coordinatori.md"_s));
    CHECK(parts.contains(u":/manuale/it/ufficio-di-piano.md"_s));
    CHECK(parts.contains(u":/manuale/en/index.md"_s));
    CHECK(parts.contains(u":/manuale/en/volunteers.md"_s));
    CHECK(parts.contains(u":/manuale/en/coordinators.md"_s));
    CHECK(parts.contains(u":/manuale/en/district-office.md"_s));
    int pictures = 0;
    for (const QString &part : parts) {
        QFile file(part);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QUrl base = QUrl(u"qrc"_s + part);
        for (const QString &target : targets(text)) {
            if (target.startsWith(u"http"_s) || target.startsWith(u"mailto:"_s))
                continue;
            const QString resolved = base.resolved(QUrl(target)).path();
            INFO(part.toStdString() << " names " << target.toStdString());
            CHECK(QFile::exists(u":"_s + resolved));
            if (target.endsWith(u".png"_s))
                ++pictures;
        }
    }
    CHECK(pictures >= 13); // the app's pages, each shown at least once
}

TEST_CASE("F1 opens the part of the manual about the page on screen, in the interface's language",
          "[ui][manual]")
{
    {
        const LocaleGuard italian(QLocale(QLocale::Italian, QLocale::Italy));
        CHECK(ui::ManualWindow::urlFor(u"session"_s).toString()
              == u"qrc:/manuale/it/volontari.md"_s);
        CHECK(ui::ManualWindow::urlFor(u"backup"_s).toString()
              == u"qrc:/manuale/it/coordinatori.md"_s);
        CHECK(ui::ManualWindow::urlFor({}).toString() == u"qrc:/manuale/it/index.md"_s);

        ui::MainWindow window(ui::ProfileSummary {u"/tmp/p"_s, u"/tmp/p/sportello.db"_s, 1, true});
        window.addPage(u"backup"_s, u"Backup"_s, {}, new QLabel(u"backup"_s));
        window.show();
        ui::ManualWindow *manual = window.showManual();
        REQUIRE(manual);
        CHECK(manual->isVisible());
        CHECK(manual->browser()->source().toString() == u"qrc:/manuale/it/coordinatori.md"_s);
        CHECK(manual->browser()->toPlainText().contains(u"Backup"_s));
        // To look at it: SPORTELLO_MANUAL_SHOT=FILE.png writes the window as shown.
        if (const QString shot = qEnvironmentVariable("SPORTELLO_MANUAL_SHOT"); !shot.isEmpty())
            manual->grab().save(shot);
        // Asked again, the same window comes forward.
        CHECK(window.showManual() == manual);
    }
    const LocaleGuard english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(ui::ManualWindow::urlFor(u"today"_s).toString() == u"qrc:/manuale/en/volunteers.md"_s);
}
