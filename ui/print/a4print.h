// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMarginsF>
#include <QString>

#include <functional>

class QPrinter;
class QTextDocument;

namespace sportello::ui {

// How a document goes on A4 paper: the print job's title, the margins and the footer that
// every page carries (a desk's name, a version or a reference, the page number).
struct A4Layout
{
    QString title; // the print job's and the PDF's title
    QMarginsF margins {17, 12, 17, 10}; // millimetres
    QString footerLeft;
    // The right-hand footer of page `page` (from 1) of `pages`; empty function: none.
    std::function<QString(int page, int pages)> footerRight;
};

// Prints a rich-text document on A4 pages of an already configured printer (a real one, or
// PDF output). The document is laid out again at the printer's resolution and paginated by
// hand, so every page gets the footer (QTextDocument::print only adds page numbers). False
// when the printer cannot be opened.
[[nodiscard]] bool printA4(QTextDocument &document, QPrinter &printer, const A4Layout &layout);
// The same into a PDF file at `path`; true when a non-empty file was written. `archival`
// writes PDF/A-1b (fonts embedded, no transparency), for documents kept as records.
// Whether a file can be written at `path` (it is created empty to find out): a missing or
// read-only folder is found before any painting, which would only warn on the console.
[[nodiscard]] bool canWriteFile(const QString &path);
[[nodiscard]] bool writeA4Pdf(QTextDocument &document, const QString &path, const A4Layout &layout,
                              bool archival = false);

} // namespace sportello::ui
