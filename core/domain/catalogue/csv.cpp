// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/csv.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace sportello::catalogue::csv {

namespace {

Error malformed(const QString &fileName, int line, qsizetype column, const QString &message)
{
    return makeError(ErrorCode::ImportMalformed,
                     u"%1:%2: field %3: %4"_s.arg(fileName).arg(line).arg(column).arg(message),
                     {fileName, QString::number(line), QString::number(column), message});
}

// The 1-based line holding the first byte that is not UTF-8, or 0 when all of it is.
int firstInvalidUtf8Line(const QByteArray &bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString ignored = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        Q_UNUSED(ignored)
        if (decoder.hasError())
            return line;
        start = end + 1;
        ++line;
    }
    return 0;
}

} // namespace

Result<QList<Record>> parse(const QByteArray &data, const QString &fileName)
{
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return malformed(fileName, firstInvalidUtf8Line(bytes.toByteArray()), 0,
                         u"not UTF-8 text"_s);

    QList<Record> records;
    Record record;
    QString field;
    bool quoted = false; // the current field was quoted (so an empty line is not a record)
    int line = 1;
    record.line = 1;
    const qsizetype size = text.size();
    qsizetype i = 0;

    auto endRecord = [&]() -> std::optional<Error> {
        const bool blank = record.fields.isEmpty() && field.isEmpty() && !quoted;
        record.fields.append(field);
        field.clear();
        quoted = false;
        if (!blank) {
            const qsizetype expected
                = records.isEmpty() ? record.fields.size() : records.first().fields.size();
            if (record.fields.size() != expected)
                return malformed(
                    fileName, record.line, std::min(record.fields.size(), expected) + 1,
                    u"expected %1 fields, found %2"_s.arg(expected).arg(record.fields.size()));
            records.append(record);
        }
        record.fields.clear();
        return std::nullopt;
    };

    while (i < size) {
        const QChar c = text.at(i);
        if (c == u'"' && field.isEmpty() && !quoted) {
            const int quoteLine = line;
            const qsizetype column = record.fields.size() + 1;
            quoted = true;
            bool closed = false;
            for (++i; i < size; ++i) {
                const QChar q = text.at(i);
                if (q == u'"') {
                    if (i + 1 < size && text.at(i + 1) == u'"') {
                        field.append(u'"');
                        ++i;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                if (q == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                    continue; // CRLF inside a field is read as LF
                if (q == u'\n')
                    ++line;
                field.append(q);
            }
            if (!closed)
                return malformed(fileName, quoteLine, column, u"unterminated quoted field"_s);
            if (i < size && text.at(i) != u',' && text.at(i) != u'\n'
                && !(text.at(i) == u'\r' && i + 1 < size && text.at(i + 1) == u'\n'))
                return malformed(fileName, line, column,
                                 u"unexpected text after a closing quote"_s);
            continue;
        }
        if (c == u',') {
            record.fields.append(field);
            field.clear();
            quoted = false;
            ++i;
            continue;
        }
        const bool crlf = c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n';
        if (c == u'\n' || crlf) {
            if (auto error = endRecord())
                return *error;
            i += crlf ? 2 : 1;
            ++line;
            record.line = line;
            continue;
        }
        if (c == u'"' || quoted)
            return malformed(fileName, line, record.fields.size() + 1,
                             quoted ? u"unexpected text after a closing quote"_s
                                    : u"quote inside an unquoted field"_s);
        field.append(c);
        ++i;
    }
    if (!record.fields.isEmpty() || !field.isEmpty() || quoted) {
        if (auto error = endRecord())
            return *error;
    }
    return records;
}

QString escapeField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\r')
        && !field.contains(u'\n'))
        return field;
    return u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"';
}

QByteArray formatRecord(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(u',');
        line.append(escapeField(fields.at(i)));
    }
    line.append(u"\r\n"_s);
    return line.toUtf8();
}

} // namespace sportello::catalogue::csv
