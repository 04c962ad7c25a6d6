// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/accountservice.h"
#include "services/referralservice.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

class QPrinter;
class QTextDocument;

namespace sportello::ui {

struct A4Layout;

// Lays out the identified referral letter for A4: the desk's letterhead, the addressee, the
// person's data (without phone and e-mail when the person asked not to be contacted), the
// needs, the urgency, the reason, the expected answer date, the consent it rests on and the
// operator's signature, with the referral code in every page's footer. It is only ever built
// from referrals::LetterFacts, which exist only with the consent to send in force.
class ReferralLetter final
{
    Q_DECLARE_TR_FUNCTIONS(ReferralLetter)

public:
    struct Input
    {
        referrals::LetterFacts facts;
        security::DeskIdentity desk;
        QString operatorName; // who signs
        QString destination; // the destination type's translated label
        QString destinationName; // the catalogue organization or service; may be empty
        QDate date;
    };

    [[nodiscard]] static QString html(const Input &input);
    [[nodiscard]] static std::unique_ptr<QTextDocument> build(const Input &input);
    // Prints on an already configured printer (a real one, or PDF output).
    static void print(const Input &input, QPrinter &printer);
    [[nodiscard]] static bool writePdf(const Input &input, const QString &path);

private:
    [[nodiscard]] static A4Layout layout(const Input &input);
};

} // namespace sportello::ui
