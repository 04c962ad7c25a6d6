// SPDX-License-Identifier: GPL-3.0-or-later
// CSV for Excel in Italian locale (reliability target 31), against a golden file: BOM, ";",
// CRLF, RFC 4180 quoting, decimal comma, dd/mm/yyyy, accents and "€" intact, formulas inert.
#include "reports/csvexport.h"

#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace Qt::StringLiterals;
using sportello::reports::CsvValue;
using sportello::reports::ItalianCsv;

TEST_CASE("a report's CSV matches the golden file byte for byte", "[reports][csv]")
{
    ItalianCsv csv;
    csv.addRow({u"Bisogno"_s, u"Comune"_s, u"Persone"_s, u"Quota %"_s, u"Dal"_s, u"Nota"_s});
    csv.addRow({u"Casa – sfratto àèéìòù €"_s, u"Pioltello"_s, CsvValue::count(12),
                CsvValue::decimal(12.5, 2), CsvValue::date(QDate(2026, 3, 1)), u"=SUM(A1:A2)"_s});
    csv.addRow({u"Lavoro; ricerca"_s, u"Vignate"_s, u"<5"_s, CsvValue::decimal(1.0 / 3, 1),
                CsvValue::date(QDate()), u"-2+3"_s});
    csv.addRow({u"Detto \"urgente\"\nsecondo rigo"_s, u"@cmd"_s, u" spazio"_s, CsvValue::count(-3),
                u"\tTab"_s, u"\r"_s});
    csv.addEmptyRow();

    QFile golden(QStringLiteral(SPORTELLO_TEST_DATA_DIR) + u"/reports/italian.csv"_s);
    REQUIRE(golden.open(QIODevice::ReadOnly));
    const QByteArray expected = golden.readAll();
    const QByteArray written = csv.bytes();
    CHECK(written.startsWith("\xEF\xBB\xBF"));
    CHECK(written == expected);
}

TEST_CASE("every cell a spreadsheet would run as a formula is made inert", "[reports][csv]")
{
    for (const QString &dangerous :
         {u"=1+1"_s, u"+39 02"_s, u"-cmd"_s, u"@SUM(1)"_s, u"\t=1"_s, u"\r=1"_s}) {
        INFO(dangerous.toStdString());
        CHECK(CsvValue(dangerous).text().startsWith(u'\''));
    }
    // Numbers the report writes itself stay numbers.
    CHECK(CsvValue::count(-4).text() == u"-4");
    CHECK(CsvValue::decimal(-0.25, 2).text() == u"-0,25");
    CHECK(CsvValue(u"Segrate"_s).text() == u"Segrate");
}
