// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/accountservice.h"
#include "security/permissions.h"
#include "support/result.h"

#include <QDate>
#include <QString>

#include <functional>

class QWidget;

namespace sportello {
namespace referrals {
class ReferralService;
}
namespace storage {
class CatalogueRepository;
}
} // namespace sportello

namespace sportello::ui {

class Prompter;

// Where to save a PDF: the chosen path, or empty to cancel.
using PdfPathChooser = std::function<QString(QWidget *parent, const QString &suggestedPath)>;

// What the referral letter needs besides the referral itself.
struct LetterContext
{
    security::Actor actor; // who asks for the letter; signs it
    security::DeskIdentity desk; // the letterhead
    QDate date; // printed on the letter: today
    // Names the concrete destination (Referral::destinationUid); may be null.
    const storage::CatalogueRepository *catalogue = nullptr;
    // Empty: the prompter asks for the path, offering one in the Documents folder.
    PdfPathChooser choosePath = {};
};

// Writes the identified referral letter of `referralId` as a PDF. Asks the service for the
// letter's facts (audited as an export); without the consent to send in force it explains
// that the consent must be recorded on the person's page first, and writes nothing. Any other
// refusal is shown through ErrorText. Asks where to save (the suggested name carries the
// referral code and the date, never the person's name) and confirms before replacing a file.
// Returns the path written, empty when nothing was written.
QString saveReferralLetter(QWidget *parent, referrals::ReferralService &service, Prompter &prompter,
                           qint64 referralId, const LetterContext &context);

// The name of a catalogue organization or service by uid ("Service — Organization" for a
// service); empty when the uid is empty or no longer in the catalogue.
[[nodiscard]] Result<QString> catalogueEntryName(const storage::CatalogueRepository &catalogue,
                                                 const QString &uid);

} // namespace sportello::ui
