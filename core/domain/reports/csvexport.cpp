// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/csvexport.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace sportello::reports {

namespace {

// What Excel, LibreOffice and Google Sheets take as the start of a formula (OWASP CSV
// injection; ASVS 5.0 V1.2.10).
bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r';
}

} // namespace

CsvValue CsvValue::decimal(double value, int decimals)
{
    return CsvValue(Decimal {value, decimals});
}

QString CsvValue::text() const
{
    if (const auto *text = std::get_if<QString>(&m_value))
        return looksLikeFormula(*text) ? u"'"_s + *text : *text;
    if (const auto *count = std::get_if<qint64>(&m_value))
        return QString::number(*count);
    if (const auto *date = std::get_if<QDate>(&m_value))
        return date->isValid() ? date->toString(u"dd/MM/yyyy"_s) : QString();
    const auto &d = std::get<Decimal>(m_value);
    if (!std::isfinite(d.value))
        return {};
    // The C locale's digits with a comma: no grouping, which Excel could misread.
    return QString::number(d.value, 'f', d.decimals).replace(u'.', u',');
}

QString ItalianCsv::field(const CsvValue &value)
{
    QString text = value.text();
    const bool quote = text.contains(u';') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r') || text.startsWith(u' ') || text.endsWith(u' ');
    if (!quote)
        return text;
    text.replace(u"\""_s, u"\"\""_s);
    return u'"' + text + u'"';
}

void ItalianCsv::addRow(const QList<CsvValue> &cells)
{
    m_rows.append(cells);
}

QByteArray ItalianCsv::bytes() const
{
    QByteArray out("\xEF\xBB\xBF");
    for (const QList<CsvValue> &row : m_rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const CsvValue &cell : row)
            fields.append(field(cell));
        out += fields.join(u';').toUtf8();
        out += "\r\n";
    }
    return out;
}

} // namespace sportello::reports
