// SPDX-License-Identifier: GPL-3.0-or-later
// sportello-cli report on the demo desk, as a coordinator runs it from a scheduled task: no
// login, a CSV for Excel in Italian locale, and no count from 1 to 4 anywhere in it.
#include "testhelpers.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QString &dataDir, const QStringList &arguments)
{
    QProcess process;
    process.start(sportello::test::cliExecutable(),
                  QStringList {u"--lang"_s, u"it"_s, u"--data-dir"_s, dataDir} + arguments);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return Run {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("sportello-cli report writes the demo desk's year as an Italian CSV, small counts hidden",
          "[cli][reports]")
{
    sportello::test::TempDir dir;
    REQUIRE(cli(dir.path(), {u"demo"_s}).exitCode == 0);
    const QString out = dir.filePath(u"rapporto.csv"_s);
    const QDate today = QDate::currentDate();
    const QStringList period {u"--from"_s, today.addYears(-1).addDays(1).toString(Qt::ISODate),
                              u"--to"_s, today.toString(Qt::ISODate)};
    const Run written = cli(dir.path(),
                            QStringList {u"report"_s} + period
                                + QStringList {u"--format"_s, u"csv"_s, u"--out"_s, out});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.contains(u"rapporto.csv"_s));

    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == bytes.count('\n')); // every line ends CRLF
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.contains(u"Colloqui per tipo"_s)); // Italian, accents intact
    CHECK(text.contains(u"Povertà"_s));
    // The demo desk's year has counts from 1 to 4: they read "*", and no cell is such a count.
    CHECK(text.contains(u";*"_s));
    const QRegularExpression small(u"^[1-4]$"_s);
    int cells = 0;
    for (const QString &line : text.split(u"\r\n"_s)) {
        const QStringList fields = line.split(u';');
        // The counts are the last two cells of a row; the period's dates are not counts.
        if (fields.size() < 3 || fields.first().startsWith(u"Periodo"_s))
            continue;
        for (const QString &cell : fields.mid(fields.size() - 2)) {
            INFO(line.toStdString());
            CHECK_FALSE(small.match(cell).hasMatch());
            ++cells;
        }
    }
    CHECK(cells > 100);
    // Nothing that a spreadsheet would run.
    CHECK_FALSE(QRegularExpression(u"(^|;)[=+@-]"_s, QRegularExpression::MultilineOption)
                    .match(text)
                    .hasMatch());
}

TEST_CASE("sportello-cli report refuses what it cannot do, and says why", "[cli][reports]")
{
    sportello::test::TempDir dir;
    REQUIRE(cli(dir.path(), {u"demo"_s}).exitCode == 0);
    const QString out = dir.filePath(u"r.csv"_s);
    CHECK(cli(dir.path(),
              {u"report"_s, u"--from"_s, u"2026-02-30"_s, u"--to"_s, u"2026-03-31"_s, u"--out"_s,
               out})
              .exitCode
          == 2);
    CHECK(cli(dir.path(),
              {u"report"_s, u"--from"_s, u"2026-03-31"_s, u"--to"_s, u"2026-03-01"_s, u"--out"_s,
               out})
              .exitCode
          == 2);
    const Run format = cli(dir.path(),
                           {u"report"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s,
                            u"--format"_s, u"xls"_s, u"--out"_s, out});
    CHECK(format.exitCode == 2);
    CHECK(format.err.contains(u"xls"_s));
    CHECK(cli(dir.path(),
              {u"report"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s,
               u"--threshold"_s, u"2"_s, u"--out"_s, out})
              .exitCode
          == 2);
    // A folder that does not exist: a clear failure, nothing half-written.
    const Run unwritable = cli(dir.path(),
                               {u"report"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s,
                                u"2026-03-31"_s, u"--out"_s, dir.filePath(u"manca/r.csv"_s)});
    CHECK(unwritable.exitCode == 1);
    CHECK_FALSE(unwritable.err.isEmpty());
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("sportello-cli report --format pdf writes a PDF/A whose text reads back exactly",
          "[cli][reports]")
{
    sportello::test::TempDir dir;
    REQUIRE(cli(dir.path(), {u"demo"_s}).exitCode == 0);
    const QString out = dir.filePath(u"rapporto.pdf"_s);
    const QDate today = QDate::currentDate();
    const Run written
        = cli(dir.path(),
              {u"report"_s, u"--from"_s, today.addYears(-1).addDays(1).toString(Qt::ISODate),
               u"--to"_s, today.toString(Qt::ISODate), u"--format"_s, u"pdf"_s, u"--out"_s, out});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.contains("pdfaid:part=\"1\""));
    CHECK(bytes.contains("pdfaid:conformance=\"B\""));

    // qpdf finds the file sound (0: no problem, 3: warnings only).
    QProcess qpdf;
    qpdf.start(u"qpdf"_s, {u"--check"_s, out});
    REQUIRE(qpdf.waitForFinished(60000));
    INFO(QString::fromUtf8(qpdf.readAll()).toStdString());
    CHECK((qpdf.exitCode() == 0 || qpdf.exitCode() == 3));
    // The Italian text comes back as written: accents, and no ligature in "Diffuso".
    QProcess text;
    text.start(u"pdftotext"_s, {out, u"-"_s});
    REQUIRE(text.waitForFinished(60000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(extracted.contains(u"Rapporto dello sportello"_s));
    CHECK(extracted.contains(u"Povertà / problemi economici"_s));
    CHECK(extracted.contains(u"Già incontrate"_s));
    CHECK(extracted.contains(u"Segretariato Sociale Diffuso"_s));
    CHECK(extracted.contains(u"non mostrato"_s)); // the note on what "*" stands for
}

TEST_CASE("sportello-cli report writes the Caritas-coded and the facilitation CSV",
          "[cli][reports]")
{
    sportello::test::TempDir dir;
    REQUIRE(cli(dir.path(), {u"demo"_s}).exitCode == 0);
    const QDate today = QDate::currentDate();
    const QStringList period {u"--from"_s, today.addYears(-1).addDays(1).toString(Qt::ISODate),
                              u"--to"_s, today.toString(Qt::ISODate)};
    for (const auto &[format, expected] :
         {std::pair {u"caritas-csv"_s, u"Macro-voce Caritas;Femmine;Maschi"_s},
          std::pair {u"facilitazione-csv"_s, u"Colloqui per tipo di servizio;Colloqui"_s}}) {
        const QString out = dir.filePath(format + u".csv"_s);
        const Run written = cli(dir.path(),
                                QStringList {u"report"_s} + period
                                    + QStringList {u"--format"_s, format, u"--out"_s, out});
        INFO(format.toStdString() << written.err.toStdString());
        REQUIRE(written.exitCode == 0);
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        CHECK(text.contains(expected));
        // No count from 1 to 4 in any cell.
        for (const QString &line : text.split(u"\r\n"_s)) {
            for (const QString &cell : line.split(u';').mid(1)) {
                INFO(line.toStdString());
                CHECK_FALSE(QRegularExpression(u"^[1-4]$"_s).match(cell).hasMatch());
            }
        }
    }
}
