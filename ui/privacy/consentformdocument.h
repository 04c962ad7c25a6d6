// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/privacynotice.h"
#include "services/accountservice.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

class QPrinter;
class QTextDocument;

namespace sportello::ui {

struct A4Layout;

// Lays out the privacy notice followed by the consent form (one tick box pair per purpose,
// place, date and signatures) for A4, with the notice's version in every page's footer, so a
// signed paper can always be matched to the text the person was given.
class ConsentFormDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ConsentFormDocument)

public:
    struct Input
    {
        people::PrivacyNotice notice; // text already filled with the desk's identity
        security::DeskIdentity desk;
        QString personName; // empty: a line to fill in by hand
        QDate date; // invalid: a line to fill in by hand
    };

    [[nodiscard]] static QString html(const Input &input);
    [[nodiscard]] static std::unique_ptr<QTextDocument> build(const Input &input);
    // Prints on an already configured printer (a real one, or PDF output).
    static void print(const Input &input, QPrinter &printer);
    [[nodiscard]] static bool writePdf(const Input &input, const QString &path);

private:
    [[nodiscard]] static bool printPages(const Input &input, QPrinter &printer);
    [[nodiscard]] static A4Layout layout(const Input &input);
};

} // namespace sportello::ui
