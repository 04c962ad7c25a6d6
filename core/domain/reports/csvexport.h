// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <variant>

// CSV that Excel in Italian locale opens as it is (reliability target 31): UTF-8 with a BOM,
// ";" between cells, CRLF, RFC 4180 quoting, decimal comma, dd/mm/yyyy dates, and text that
// a spreadsheet would read as a formula made inert with a leading apostrophe.
namespace sportello::reports {

class CsvValue
{
public:
    CsvValue() = default;
    CsvValue(const QString &text) // NOLINT(google-explicit-constructor): a cell of text
        : m_value(text)
    { }
    [[nodiscard]] static CsvValue count(qint64 value) { return CsvValue(value); }
    // A decimal number written with `decimals` digits after the comma.
    [[nodiscard]] static CsvValue decimal(double value, int decimals);
    [[nodiscard]] static CsvValue date(QDate value) { return CsvValue(value); }

    // The cell's text, unquoted: Italian numbers and dates, inert formulas.
    [[nodiscard]] QString text() const;

private:
    struct Decimal
    {
        double value;
        int decimals;
    };
    explicit CsvValue(qint64 value)
        : m_value(value)
    { }
    explicit CsvValue(QDate value)
        : m_value(value)
    { }
    explicit CsvValue(Decimal value)
        : m_value(value)
    { }

    std::variant<QString, qint64, Decimal, QDate> m_value;
};

// The rows of one CSV file.
class ItalianCsv
{
public:
    void addRow(const QList<CsvValue> &cells);
    void addEmptyRow() { m_rows.append(QList<CsvValue>()); }
    // The file: BOM, then every row ended by CRLF.
    [[nodiscard]] QByteArray bytes() const;

    // One cell as written: quoted when it holds ";", a quote, CR or LF, or starts or ends with
    // a space.
    [[nodiscard]] static QString field(const CsvValue &value);

private:
    QList<QList<CsvValue>> m_rows;
};

} // namespace sportello::reports
