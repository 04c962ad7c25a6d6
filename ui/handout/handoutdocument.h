// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/handout.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QPrinter;
class QTextDocument;

namespace sportello::ui {

// Lays out a citizen handout for A4: large type, clear sections, documents as a checklist,
// right-to-left for Arabic. The same document goes to the printer or to a PDF file.
class HandoutDocument final
{
    Q_DECLARE_TR_FUNCTIONS(HandoutDocument)

public:
    [[nodiscard]] static std::unique_ptr<QTextDocument>
    build(const catalogue::HandoutContent &content);
    [[nodiscard]] static QString html(const catalogue::HandoutContent &content);
    // Prints on an already configured printer (a real one, or PDF output).
    static void print(const catalogue::HandoutContent &content, QPrinter &printer);
    [[nodiscard]] static bool writePdf(const catalogue::HandoutContent &content,
                                       const QString &path);
};

} // namespace sportello::ui
