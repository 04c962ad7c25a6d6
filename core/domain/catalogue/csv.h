// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 CSV, read and written by hand so that line numbers, quoting and errors are ours:
// the tokenizer and writer behind the HSDS tabular package, free of any catalogue knowledge.
namespace sportello::catalogue::csv {

// One record (row) of a file.
struct Record
{
    QStringList fields;
    int line = 0; // the physical line where the record starts; the header is line 1

    friend bool operator==(const Record &, const Record &) = default;
};

// Parses a whole UTF-8 file. A UTF-8 byte-order mark at the start is skipped. Records end with
// CRLF or LF (a lone CR is an ordinary character); quoted fields may hold commas, doubled quotes
// and line breaks, a CRLF inside one being read as LF. Empty lines are skipped. Every record must
// have as many fields as the first one (the header).
// Fails with ErrorCode::ImportMalformed, args {fileName, line, column, message}, where column is
// the 1-based number of the field and message a technical English text for logs.
[[nodiscard]] Result<QList<Record>> parse(const QByteArray &data, const QString &fileName);

// A field as written: quoted, with its quotes doubled, when it holds a comma, a quote, CR or LF.
[[nodiscard]] QString escapeField(const QString &field);
// One record ended by CRLF, in UTF-8.
[[nodiscard]] QByteArray formatRecord(const QStringList &fields);

} // namespace sportello::catalogue::csv
